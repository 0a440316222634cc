"""The photo pipeline: evidence kept exactly as taken, shown upright, annotated safely.

Modules, in the order a photo travels through them:

* ``discovery`` walks the files and folders a user picked;
* ``sniff`` and ``decode`` open a file defensively (every failure becomes ``PhotoRefused``);
* ``metadata`` reads capture time, camera, orientation and GPS without ever raising;
* ``blobstore`` keeps the original bytes under their SHA-256;
* ``importer`` ties these together and reports one outcome per file;
* ``markup`` / ``markup_render`` hold vector annotations and draw them on copies;
* ``derivatives`` / ``derivative_cache`` / ``derivative_batch`` make the upright,
  metadata-free JPEGs that the screens and reports show.

Nothing here touches the database or Qt widgets; see ``docs/photos.md``.
"""
