from __future__ import annotations

import hashlib
import json

import pytest
from photo_fixtures import RED, close_to, colour_at
from PIL import Image

from executrek.app.photos.markup import (
    Arrow,
    Ellipse,
    Freehand,
    Markup,
    MarkupError,
    Rectangle,
    Text,
)
from executrek.app.photos.markup_render import render_markup

WHITE = (255, 255, 255)


def _sample() -> Markup:
    return Markup(
        (
            Arrow((0.1, 0.2), (0.5, 0.5), colour="#FF0000", width=0.01),
            Ellipse((0.9, 0.9), (0.6, 0.1), colour="#00aa00"),
            Rectangle((0.05, 0.6), (0.4, 0.9), colour="#0000ff80", width=0.02),
            Freehand(((0.5, 0.8), (0.6, 0.7), (0.7, 0.85)), colour="#ffff00ff"),
            Text((0.45, 0.05), "Crack — fissure\nsee RFI 12", size=0.05),
        )
    )


def test_json_round_trip_is_exact_and_canonical() -> None:
    markup = _sample()
    text = markup.to_json()
    again = Markup.from_json(text)
    assert again == markup
    assert again.to_json() == text
    data = json.loads(text)
    assert data["version"] == 1
    assert [s["type"] for s in data["shapes"]] == [
        "arrow",
        "ellipse",
        "rectangle",
        "freehand",
        "text",
    ]


def test_values_are_normalised_on_construction() -> None:
    ellipse = Ellipse((0.9, 0.9), (0.6, 0.1), colour="#00AA00FF")
    assert ellipse.corner == (0.6, 0.1)
    assert ellipse.opposite == (0.9, 0.9)
    assert ellipse.colour == "#00aa00"
    assert Arrow((0.12345678, 1), (0, 0.5)).start == (0.123457, 1.0)


def test_hash_is_stable_and_sensitive() -> None:
    markup = _sample()
    assert markup.content_hash() == Markup.from_json(markup.to_json()).content_hash()
    assert len(markup.content_hash()) == 16
    moved = Markup(
        (Arrow((0.1, 0.2), (0.5, 0.51), colour="#ff0000", width=0.01), *markup.shapes[1:])
    )
    assert moved.content_hash() != markup.content_hash()
    # Pinned: the cache key of a given markup must not change between releases or platforms.
    pinned = Markup((Arrow((0.25, 0.5), (0.75, 0.5)),))
    canonical = (
        '{"shapes":[{"colour":"#ff0000","from":[0.25,0.5],"to":[0.75,0.5],'
        '"type":"arrow","width":0.006}],"version":1}'
    )
    assert pinned.to_json() == canonical
    assert pinned.content_hash() == hashlib.sha256(canonical.encode()).hexdigest()[:16]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("not json", "markup: not valid JSON"),
        ("[]", "markup: expected an object"),
        ('{"shapes": []}', "version: unsupported markup version None"),
        ('{"version": 2, "shapes": []}', "version: unsupported markup version 2"),
        ('{"version": 1, "shapes": {}}', "shapes: expected a list"),
        ('{"version": 1, "shapes": [], "extra": 1}', "unknown field(s) ['extra']"),
        ('{"version": 1, "shapes": [7]}', "shapes[0]: expected an object"),
        ('{"version": 1, "shapes": [{"type": "star"}]}', "shapes[0].type: unknown shape 'star'"),
        ('{"version": 1, "shapes": [{"type": "arrow", "from": [0, 0]}]}',
         "shapes[0]: missing field(s) ['to'] for arrow"),
        ('{"version": 1, "shapes": [{"type": "arrow", "from": [0, 0], "to": [1.5, 0]}]}',
         "shapes[0].to[0]: expected a number between 0 and 1, got 1.5"),
        ('{"version": 1, "shapes": [{"type": "arrow", "from": [0, 0], "to": [true, 0]}]}',
         "shapes[0].to[0]: expected a number between 0 and 1, got True"),
        ('{"version": 1, "shapes": [{"type": "arrow", "from": [0], "to": [1, 0]}]}',
         "shapes[0].from: expected a point [x, y]"),
        ('{"version": 1, "shapes": [{"type": "arrow", "from": [0, 0], "to": [1, 0], "colr": "red"}]}',
         "shapes[0]: unknown field(s) ['colr'] for arrow"),
        ('{"version": 1, "shapes": [{"type": "arrow", "from": [0, 0], "to": [1, 0], "colour": "red"}]}',
         "shapes[0].colour: expected a colour like #rrggbb"),
        ('{"version": 1, "shapes": [{"type": "arrow", "from": [0, 0], "to": [1, 0], "width": 0}]}',
         "shapes[0].width: must be between"),
        ('{"version": 1, "shapes": [{"type": "rectangle", "corners": [[0, 0]]}]}',
         "shapes[0].corners: expected two points"),
        ('{"version": 1, "shapes": [{"type": "freehand", "points": []}]}',
         "shapes[0].points: expected 1 to 10000 points"),
        ('{"version": 1, "shapes": [{"type": "freehand", "points": [[0, 0], [0.5, NaN]]}]}',
         "shapes[0].points[1][1]: expected a number between 0 and 1"),
        ('{"version": 1, "shapes": [{"type": "text", "at": [0, 0], "text": "  "}]}',
         "shapes[0].text: expected non-empty text"),
        ('{"version": 1, "shapes": [{"type": "text", "at": [0, 0], "text": "a\\u0007"}]}',
         "shapes[0].text: text contains control characters"),
        ('{"version": 1, "shapes": [{"type": "text", "at": [0, 0], "text": "a", "size": 2}]}',
         "shapes[0].size: must be between"),
    ],
)  # fmt: skip
def test_bad_markup_gives_a_clear_error(document: str, message: str) -> None:
    with pytest.raises(MarkupError) as caught:
        Markup.from_json(document)
    assert str(caught.value).startswith(message)


def test_too_many_shapes_are_refused() -> None:
    arrows = [{"type": "arrow", "from": [0, 0], "to": [1, 1]}] * 1001
    with pytest.raises(MarkupError, match="more than 1000 shapes"):
        Markup.from_dict({"version": 1, "shapes": arrows})


def test_render_draws_in_place_and_leaves_the_source_alone() -> None:
    image = Image.new("RGB", (400, 200), WHITE)
    markup = Markup(
        (
            Rectangle((0.1, 0.1), (0.4, 0.9), colour="#ff0000", width=0.02),
            Arrow((0.5, 0.5), (0.9, 0.5), colour="#0000ff", width=0.02),
        )
    )
    drawn = render_markup(image, markup)

    assert image.getpixel((200, 100)) == WHITE  # untouched
    assert drawn.mode == "RGB"
    assert drawn.size == (400, 200)
    assert close_to(colour_at(drawn, 0.1 + 0.005, 0.5), RED)  # left edge of the rectangle
    assert colour_at(drawn, 0.25, 0.5) == WHITE  # inside the rectangle: outline only
    assert close_to(colour_at(drawn, 0.7, 0.5), (0, 0, 255))  # arrow shaft
    assert close_to(colour_at(drawn, 0.885, 0.5), (0, 0, 255))  # arrow head, near the tip
    head_width = [y for y in range(200) if close_to(drawn.getpixel((336, y)), (0, 0, 255), 60)]
    shaft_width = [y for y in range(200) if close_to(drawn.getpixel((280, y)), (0, 0, 255), 60)]
    assert len(head_width) > 2 * len(shaft_width) > 0
    assert colour_at(drawn, 0.95, 0.5) == WHITE  # nothing past the tip


def test_render_scales_with_the_image() -> None:
    markup = Markup((Freehand(((0.2, 0.5), (0.8, 0.5)), colour="#ff0000", width=0.03),))
    for size in ((100, 50), (1600, 800)):
        drawn = render_markup(Image.new("RGB", size, WHITE), markup)
        assert close_to(colour_at(drawn, 0.5, 0.5), RED)
        assert colour_at(drawn, 0.5, 0.1) == WHITE
        thickness = sum(
            1 for y in range(size[1]) if close_to(drawn.getpixel((size[0] // 2, y)), RED, 60)
        )
        assert thickness == pytest.approx(0.03 * size[0], abs=2)


def test_translucent_colour_blends_with_the_photo() -> None:
    image = Image.new("RGB", (100, 100), (0, 0, 0))
    markup = Markup((Rectangle((0.0, 0.0), (1.0, 1.0), colour="#ffffff80", width=0.1),))
    red, green, blue = colour_at(render_markup(image, markup), 0.05, 0.5)
    assert 100 <= red <= 155
    assert red == green == blue


def test_text_is_drawn_near_its_anchor() -> None:
    image = Image.new("RGB", (400, 300), WHITE)
    drawn = render_markup(image, Markup((Text((0.5, 0.5), "WWW", colour="#ff0000", size=0.08),)))
    box = Image.eval(drawn.convert("L"), lambda v: 255 if v < 200 else 0).getbbox()
    assert box is not None
    left, top, _, _ = box
    assert 198 <= left <= 215
    assert 150 <= top <= 175
    assert drawn.getpixel((50, 50)) == WHITE


def test_empty_markup_returns_an_equal_copy() -> None:
    image = Image.new("RGB", (10, 10), (1, 2, 3))
    drawn = render_markup(image, Markup())
    assert drawn is not image
    assert drawn.tobytes() == image.tobytes()
