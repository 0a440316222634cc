<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRow</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>The actions that do not fit here</source>
        <translation>Die Aktionen, die hier keinen Platz haben</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Ergänzung</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Ergänzung hinzufügen</translation>
    </message>
</context>
<context>
    <name>ApplicationReasonDialog</name>
    <message>
        <source>Reject {number}</source>
        <translation>{number} zurückweisen</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>{number} für ungültig erklären</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Für ungültig erklären</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Submit and approve {number}</source>
        <translation>{number} einreichen und genehmigen</translation>
    </message>
    <message>
        <source>Approve {number}</source>
        <translation>{number} genehmigen</translation>
    </message>
    <message>
        <source>Submit and approve</source>
        <translation>Einreichen und genehmigen</translation>
    </message>
    <message>
        <source>Submitting and approving {number} for {amount} in one step. The signature is kept as evidence.</source>
        <translation>{number} über {amount} wird in einem Schritt eingereicht und genehmigt. Die Unterschrift wird als Nachweis aufbewahrt.</translation>
    </message>
    <message>
        <source>Approving {number} for {amount}. The signature is kept as evidence.</source>
        <translation>{number} über {amount} wird genehmigt. Die Unterschrift wird als Nachweis aufbewahrt.</translation>
    </message>
    <message>
        <source>Approve &amp;through to the change order (one signature for every tier)</source>
        <translation>Bis zum Nachtrag &amp;durchgehend genehmigen (eine Unterschrift für alle Stufen)</translation>
    </message>
    <message>
        <source>Approver &amp;name</source>
        <translation>&amp;Name des Genehmigenden</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Bemer&amp;kung</translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation>Unterschrift &amp;löschen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
</context>
<context>
    <name>BudgetController</name>
    <message>
        <source>{number} submitted for approval.</source>
        <translation>{number} zur Genehmigung eingereicht.</translation>
    </message>
    <message>
        <source>Cost code {code} is made: it shows in the tree once a budget line is under it (New budget line…).</source>
        <translation>Kostengruppe {code} ist angelegt: Sie erscheint im Baum, sobald eine Budgetposition darunter liegt (Neue Budgetposition…).</translation>
    </message>
    <message>
        <source>{number} is changed.</source>
        <translation>{number} ist geändert.</translation>
    </message>
    <message>
        <source>{number} is a draft again: edit it, then submit it.</source>
        <translation>{number} ist wieder ein Entwurf: Bearbeiten Sie ihn und reichen Sie ihn dann ein.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Neue Budgetposition</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— keine</translation>
    </message>
    <message>
        <source>Cost &amp;code</source>
        <translation>&amp;Kostengruppe</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategorie</translation>
    </message>
    <message>
        <source>&amp;Original budget ({currency})</source>
        <translation>&amp;Ursprüngliches Budget ({currency})</translation>
    </message>
    <message>
        <source>&amp;Funding source</source>
        <translation>&amp;Finanzierungsquelle</translation>
    </message>
    <message>
        <source>A closed line takes no transfers in</source>
        <translation>Eine geschlossene Position nimmt keine Umschichtungen auf</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>New &amp;transfer…</source>
        <translation>Neue Umschich&amp;tung…</translation>
    </message>
    <message>
        <source>Move approved budget between lines, with a reason and an approval</source>
        <translation>Genehmigtes Budget zwischen Positionen umschichten, mit Begründung und Genehmigung</translation>
    </message>
    <message>
        <source>Budget by cost code</source>
        <translation>Budget nach Kostengruppe</translation>
    </message>
    <message>
        <source>&amp;By cost code</source>
        <translation>Nach &amp;Kostengruppe</translation>
    </message>
    <message>
        <source>Trans&amp;fers</source>
        <translation>Umschic&amp;htungen</translation>
    </message>
    <message>
        <source>F&amp;unding</source>
        <translation>&amp;Finanzierung</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>New budget &amp;line…</source>
        <translation>Neue Budget&amp;position…</translation>
    </message>
    <message>
        <source>A line under the cost code selected</source>
        <translation>Eine Position unter der ausgewählten Kostengruppe</translation>
    </message>
    <message>
        <source>&amp;Edit line…</source>
        <translation>Position &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Title, category, original budget, funding, active or closed</source>
        <translation>Titel, Kategorie, ursprüngliches Budget, Finanzierung, aktiv oder geschlossen</translation>
    </message>
    <message>
        <source>New cost &amp;code…</source>
        <translation>Neue Kosten&amp;gruppe…</translation>
    </message>
    <message>
        <source>A code under the cost code selected</source>
        <translation>Eine Kostengruppe unter der ausgewählten</translation>
    </message>
    <message>
        <source>Edit cost c&amp;ode…</source>
        <translation>Kostengruppe bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>New budget transfer</source>
        <translation>Neue Budgetumschichtung</translation>
    </message>
    <message>
        <source>This project has no budget yet: import one (Import / export, or “executrek import budget”), then transfers and the forecast show here.</source>
        <translation>Dieses Projekt hat noch kein Budget: Importieren Sie eines (Import / Export oder „executrek import budget“), dann erscheinen hier Umschichtungen und Prognose.</translation>
    </message>
    <message>
        <source>{name}: select one of its budget lines to see where it is spent.</source>
        <translation>{name}: Wählen Sie eine ihrer Budgetpositionen aus, um zu sehen, wofür sie ausgegeben wird.</translation>
    </message>
</context>
<context>
    <name>BudgetTree</name>
    <message>
        <source>Cost code / budget line</source>
        <translation>Kostengruppe / Budgetposition</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Umschichtungen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Beauftragt</translation>
    </message>
    <message>
        <source>Cost
to date</source>
        <translation>Kosten
bisher</translation>
    </message>
    <message>
        <source>Pending
(weighted)</source>
        <translation>Offen
(gewichtet)</translation>
    </message>
    <message>
        <source>EAC</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Original plus approved transfers in, less out</source>
        <translation>Ursprünglich plus genehmigte Umschichtungen hinein, abzüglich hinaus</translation>
    </message>
    <message>
        <source>Pending changes weighted by probability: change orders {co} %, requests {cor} %, change events {ce} %</source>
        <translation>Offene Änderungen nach Wahrscheinlichkeit gewichtet: Nachträge {co} %, Nachtragsangebote {cor} %, Änderungsereignisse {ce} %</translation>
    </message>
    <message>
        <source>Committed + pending (weighted) + uncommitted budget</source>
        <translation>Beauftragt + offen (gewichtet) + nicht beauftragtes Budget</translation>
    </message>
    <message>
        <source>Approved budget less EAC (negative: over)</source>
        <translation>Genehmigtes Budget abzüglich Prognose der Gesamtkosten (negativ: überschritten)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>In {into} · out {out}</source>
        <translation>Hinein {into} · hinaus {out}</translation>
    </message>
    <message>
        <source>Committed {committed} + pending {pending} + uncommitted {rest}</source>
        <translation>Beauftragt {committed} + offen {pending} + nicht beauftragt {rest}</translation>
    </message>
    <message>
        <source>Over budget by {amount}</source>
        <translation>Budget um {amount} überschritten</translation>
    </message>
</context>
<context>
    <name>CertifyDialog</name>
    <message>
        <source>Certify {number}</source>
        <translation>{number} bescheinigen</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Bescheinigen</translation>
    </message>
    <message>
        <source>Certify {number}: the payment due to {contractor} is {amount}. A certified application never changes again.</source>
        <translation>{number} bescheinigen: Die fällige Zahlung an {contractor} beträgt {amount}. Eine bescheinigte Abschlagsrechnung ändert sich danach nicht mehr.</translation>
    </message>
    <message>
        <source>Approver &amp;name</source>
        <translation>&amp;Name des Freigebenden</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Unterschrift (optional)</translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation>Unterschrift &amp;löschen</translation>
    </message>
</context>
<context>
    <name>ChangeOrderEditor</name>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>New change</source>
        <translation>Neuer Nachtrag</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Funded from contingency</source>
        <translation>Aus der Reserve finanziert</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Tie&amp;r</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>C&amp;ontractor</source>
        <translation>&amp;Auftragnehmer</translation>
    </message>
    <message>
        <source>Schedule &amp;impact</source>
        <translation>T&amp;erminauswirkung</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line items&lt;/b&gt; (double-click or F2 to edit)</source>
        <translation>&lt;b&gt;Positionen&lt;/b&gt; (Doppelklick oder F2 zum Bearbeiten)</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Zeile hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Zeile entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Summe: {amount}</translation>
    </message>
</context>
<context>
    <name>ChangeOrdersPage</name>
    <message>
        <source>Change orders</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Search change orders</source>
        <translation>Nachträge durchsuchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;New change…</source>
        <translation>&amp;Neuer Nachtrag…</translation>
    </message>
    <message>
        <source>Select a change order</source>
        <translation>Wählen Sie einen Nachtrag aus</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Submit and approve…</source>
        <translation>Einreichen und genehmigen…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Zurückweisen…</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Nächste Stufe</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Ungültig…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Positionen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ereignisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New change order</source>
        <translation>Neuer Nachtrag</translation>
    </message>
    <message>
        <source>Approve the selected change order</source>
        <translation>Den ausgewählten Nachtrag genehmigen</translation>
    </message>
    <message>
        <source>{tier} · {reason} · &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt; · revision {rev}&lt;br&gt;Amount &lt;b&gt;{amount}&lt;/b&gt; · schedule {days:+} d · {contractor}</source>
        <translation>{tier} · {reason} · &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt; · Revision {rev}&lt;br&gt;Betrag &lt;b&gt;{amount}&lt;/b&gt; · Termine {days:+} T · {contractor}</translation>
    </message>
    <message>
        <source>no contractor</source>
        <translation>kein Auftragnehmer</translation>
    </message>
    <message>
        <source>  · approved by {name}</source>
        <translation>  · genehmigt von {name}</translation>
    </message>
    <message>
        <source> ✍ signed</source>
        <translation> ✍ unterschrieben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why is {number} being {action}?</source>
        <translation>Warum wird {number} {action}?</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Contingency</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>No contingency line in the budget</source>
        <translation>Keine Reserveposition im Budget</translation>
    </message>
    <message>
        <source>EAC trend</source>
        <translation>Verlauf der Prognose der Gesamtkosten</translation>
    </message>
    <message>
        <source>No budget yet</source>
        <translation>Noch kein Budget</translation>
    </message>
    <message>
        <source>The trend grows with each issued cost report (Reports → Monthly cost report)</source>
        <translation>Der Verlauf wächst mit jedem herausgegebenen Kostenbericht (Berichte → Monatlicher Kostenbericht)</translation>
    </message>
    <message>
        <source>Cash flow: cumulative payments</source>
        <translation>Mittelabfluss: kumulierte Zahlungen</translation>
    </message>
    <message>
        <source>No commitment with dates or certified payment yet</source>
        <translation>Noch kein Vertrag bzw. keine Bestellung mit Terminen und keine bescheinigte Zahlung</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Drawn down</source>
        <translation>In Anspruch genommen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual (certified)</source>
        <translation>Ist (bescheinigt)</translation>
    </message>
    <message>
        <source>EAC</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>Genehmigtes Budget</translation>
    </message>
    <message>
        <source>{day}: approved {approved} · EAC {eac} ({report})</source>
        <translation>{day}: genehmigt {approved} · Prognose {eac} ({report})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>ChecklistCard</name>
    <message>
        <source>Pass  [P]</source>
        <translation>Bestanden  [P]</translation>
    </message>
    <message>
        <source>Fail  [F]</source>
        <translation>Nicht bestanden  [F]</translation>
    </message>
    <message>
        <source>N/A  [N]</source>
        <translation>Entfällt  [N]</translation>
    </message>
    <message>
        <source>Yes  [Y]</source>
        <translation>Ja  [Y]</translation>
    </message>
    <message>
        <source>No  [N]</source>
        <translation>Nein  [N]</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Save  [Enter]</source>
        <translation>Speichern  [Enter]</translation>
    </message>
    <message>
        <source>Note for this item (optional) — Enter saves</source>
        <translation>Notiz zu diesem Prüfpunkt (optional) — Enter speichert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>&amp;Foto hinzufügen…</translation>
    </message>
    <message>
        <source>Pick photos for this item (Ctrl+Shift+P), or drop photo files here</source>
        <translation>Fotos für diesen Prüfpunkt auswählen (Strg+Umschalt+P) oder Fotodateien hierher ziehen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous item (Up)</source>
        <translation>Vorheriger Prüfpunkt (Auf)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next item (Enter)</source>
        <translation>Nächster Prüfpunkt (Enter)</translation>
    </message>
    <message>
        <source>&amp;Complete inspection</source>
        <translation>Prüfung &amp;abschließen</translation>
    </message>
    <message>
        <source>Score it and close the checklist (Ctrl+Enter)</source>
        <translation>Bewerten und Checkliste schließen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Keys: P pass · F fail · N N/A (No for yes/no) · Y yes · digits type a number or pick a choice · Enter next · Up/Down move · Ctrl+Shift+P photo · Ctrl+Enter complete · Esc back</source>
        <translation>Tasten: P bestanden · F nicht bestanden · N entfällt (Nein bei Ja/Nein) · Y ja · Ziffern: Zahl eingeben oder Option wählen · Enter weiter · Auf/Ab wechseln · Strg+Umschalt+P Foto · Strg+Enter abschließen · Esc zurück</translation>
    </message>
    <message>
        <source>{section} · item {n} of {total}</source>
        <translation>{section} · Prüfpunkt {n} von {total}</translation>
    </message>
    <message>
        <source>Type the measured value, then Enter</source>
        <translation>Messwert eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Type the answer, then Enter</source>
        <translation>Antwort eingeben, dann Enter</translation>
    </message>
    <message>
        <source>★ Critical: a failure fails the inspection</source>
        <translation>★ Kritisch: Ein Nichtbestehen lässt die ganze Prüfung durchfallen</translation>
    </message>
    <message>
        <source>Photo required if failed</source>
        <translation>Foto erforderlich bei Nichtbestehen</translation>
    </message>
    <message>
        <source>Target {target} ± {tolerance} {unit}</source>
        <translation>Sollwert {target} ± {tolerance} {unit}</translation>
    </message>
    <message>
        <source>Expected: yes</source>
        <translation>Erwartet: ja</translation>
    </message>
    <message>
        <source>Expected: no</source>
        <translation>Erwartet: nein</translation>
    </message>
    <message>
        <source>Weight {weight}</source>
        <translation>Gewichtung {weight}</translation>
    </message>
    <message>
        <source>On failure: {action}</source>
        <translation>Bei Nichtbestehen: {action}</translation>
    </message>
    <message>
        <source>{count} photo(s)</source>
        <translation>{count} Foto(s)</translation>
    </message>
    <message>
        <source>A photo is required for this failed item.</source>
        <translation>Für diesen nicht bestandenen Prüfpunkt ist ein Foto erforderlich.</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Keine Fotos</translation>
    </message>
</context>
<context>
    <name>ChecklistKeys</name>
    <message>
        <source>Pass (pass/fail items)</source>
        <translation>Bestanden (Prüfpunkte bestanden/nicht bestanden)</translation>
    </message>
    <message>
        <source>Fail (pass/fail items)</source>
        <translation>Nicht bestanden (Prüfpunkte bestanden/nicht bestanden)</translation>
    </message>
    <message>
        <source>N/A, or No for yes/no items</source>
        <translation>Entfällt, oder Nein bei Ja/Nein-Prüfpunkten</translation>
    </message>
    <message>
        <source>Yes (yes/no items)</source>
        <translation>Ja (Ja/Nein-Prüfpunkte)</translation>
    </message>
    <message>
        <source>Digits: type a number, or pick choice 1–9</source>
        <translation>Ziffern: Zahl eingeben oder Option 1–9 wählen</translation>
    </message>
    <message>
        <source>Save the answer or note, next item</source>
        <translation>Antwort oder Notiz speichern, nächster Prüfpunkt</translation>
    </message>
    <message>
        <source>Complete the inspection</source>
        <translation>Prüfung abschließen</translation>
    </message>
    <message>
        <source>Add a photo to the item</source>
        <translation>Foto zum Prüfpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Leave the field, or back to the list</source>
        <translation>Feld verlassen oder zurück zur Liste</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{answer} (fail)</source>
        <translation>{answer} (nicht bestanden)</translation>
    </message>
</context>
<context>
    <name>ChecklistRunner</name>
    <message>
        <source>Every item is answered: Ctrl+Enter completes the inspection.</source>
        <translation>Alle Prüfpunkte sind beantwortet: Strg+Enter schließt die Prüfung ab.</translation>
    </message>
    <message>
        <source>This inspection is completed; its answers can no longer change.</source>
        <translation>Diese Prüfung ist abgeschlossen; ihre Antworten können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Answer to item {n}: {message}</source>
        <translation>Antwort zu Prüfpunkt {n}: {message}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Failed: add a note or a photo, then Enter for the next item.</source>
        <translation>Nicht bestanden: Notiz oder Foto hinzufügen, dann Enter für den nächsten Prüfpunkt.</translation>
    </message>
    <message>
        <source>Add photos to this item</source>
        <translation>Fotos zu diesem Prüfpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Importing {count} photo(s)…</source>
        <translation>{count} Foto(s) werden importiert…</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>◀ Inspections</source>
        <translation>◀ Prüfungen</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zurück zur Liste (Esc)</translation>
    </message>
    <message>
        <source>Result &amp;&amp; signature</source>
        <translation>Ergebnis &amp;&amp; Unterschrift</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>template: {name}</source>
        <translation>Vorlage: {name}</translation>
    </message>
    <message>
        <source>Score {score} (pass mark {mark}%) · {answered}/{total} answered · {failed} failed</source>
        <translation>Punktzahl {score} (Bestehensgrenze {mark}%) · {answered}/{total} beantwortet · {failed} nicht bestanden</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no terminal to ask for the password: use --password-stdin</source>
        <translation>kein Terminal für die Passwortabfrage: verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Die Passwörter stimmen nicht überein; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation>Es wurde kein Passwort angegeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>“{url}” is not a PostgreSQL address; write it like postgresql://postgres@HOST/DATABASE.</source>
        <translation>„{url}“ ist keine PostgreSQL-Adresse; schreiben Sie sie wie postgresql://postgres@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Passwort für {name}: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>An empty password is not allowed.</source>
        <translation>Ein leeres Passwort ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Central database ready (schema {revision}).</source>
        <translation>Zentrale Datenbank bereit (Schema {revision}).</translation>
    </message>
    <message>
        <source>User {name} added. Grant projects with &apos;executrek central grant&apos;.</source>
        <translation>Benutzer {name} hinzugefügt. Projekte freigeben mit &apos;executrek central grant&apos;.</translation>
    </message>
    <message>
        <source>Removed {blobs} unused file(s) ({megabytes} MB) and {uploads} unfinished upload(s).</source>
        <translation>{blobs} unbenutzte Datei(en) ({megabytes} MB) und {uploads} unvollständige(n) Upload(s) entfernt.</translation>
    </message>
    <message>
        <source>--creator and --role pmo-admin are PMO-wide: give them without --project.</source>
        <translation>--creator und --role pmo-admin gelten PMO-weit: Geben Sie sie ohne --project an.</translation>
    </message>
    <message>
        <source>is a PMO administrator</source>
        <translation>ist PMO-Administrator</translation>
    </message>
    <message>
        <source>is no longer a PMO administrator</source>
        <translation>ist nicht mehr PMO-Administrator</translation>
    </message>
    <message>
        <source>may create projects</source>
        <translation>darf Projekte anlegen</translation>
    </message>
    <message>
        <source>may no longer create projects</source>
        <translation>darf keine Projekte mehr anlegen</translation>
    </message>
    <message>
        <source>Say what to {verb}: --project CODE, --creator or --role pmo-admin.</source>
        <translation>Geben Sie an, worauf sich {verb} bezieht: --project CODE, --creator oder --role pmo-admin.</translation>
    </message>
    <message>
        <source>{name} no longer syncs {project}; pending edits will be quarantined.</source>
        <translation>{name} synchronisiert {project} nicht mehr; ausstehende Änderungen werden in Quarantäne gestellt.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount (e.g. 25000 or 25000.00).</source>
        <translation>„{value}“ ist kein Betrag (z. B. 25000 oder 25000.00).</translation>
    </message>
    <message>
        <source>{name} may now sync {project} as {role}.</source>
        <translation>{name} darf {project} jetzt als {role} synchronisieren.</translation>
    </message>
    <message>
        <source>No refused changes are waiting.</source>
        <translation>Es warten keine abgelehnten Änderungen.</translation>
    </message>
    <message>
        <source>Give the refused change&apos;s number (see &apos;quarantine list&apos;).</source>
        <translation>Geben Sie die Nummer der abgelehnten Änderung an (siehe &apos;quarantine list&apos;).</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>from {login}, laptop {device}, change #{seq}, {at}</source>
        <translation>von {login}, Laptop {device}, Änderung #{seq}, {at}</translation>
    </message>
    <message>
        <source>refused: {reason}; {state}</source>
        <translation>abgelehnt: {reason}; {state}</translation>
    </message>
    <message>
        <source>#{id} applied.</source>
        <translation>#{id} übernommen.</translation>
    </message>
    <message>
        <source>#{id} is still refused: {reason}.</source>
        <translation>#{id} wird weiterhin abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>Grant what is missing first, then re-apply.</source>
        <translation>Geben Sie zuerst frei, was fehlt, und übernehmen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Discarded {n} refused change(s); the laptops put the central values back at their next sync.</source>
        <translation>{n} abgelehnte Änderung(en) verworfen; die Laptops stellen bei ihrer nächsten Synchronisation die zentralen Werte wieder her.</translation>
    </message>
    <message>
        <source>{record} was already deleted; nothing changed.</source>
        <translation>{record} war bereits gelöscht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Deleted {record} in {project} and {n} record(s) that belong to it; laptops remove them at their next sync.</source>
        <translation>{record} in {project} gelöscht, dazu zugehörige Datensätze: {n}; die Laptops entfernen sie bei ihrer nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>schema {revision}: {projects} projects, {records} records</source>
        <translation>Schema {revision}: {projects} Projekte, {records} Datensätze</translation>
    </message>
    <message>
        <source>open conflicts needing review: {open}; quarantined: {quarantined}</source>
        <translation>offene Konflikte zur Prüfung: {open}; in Quarantäne: {quarantined}</translation>
    </message>
    <message>
        <source>decided automatically (last {days} days, can be turned round): {n}</source>
        <translation>automatisch entschieden (letzte {days} Tage, umkehrbar): {n}</translation>
    </message>
    <message>
        <source>oldest open write transaction: {seconds} s</source>
        <translation>älteste offene Schreibtransaktion: {seconds} s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Leave the password out of --url: the administrator&apos;s password comes from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Lassen Sie das Passwort in --url weg: Das Administratorpasswort kommt aus ~/.pgpass oder der Variablen PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server {server} refused the password of the login “{login}”: put the right one in ~/.pgpass or the PGPASSWORD variable (never in --url).</source>
        <translation>Der Server {server} hat das Passwort der Anmeldung „{login}“ abgelehnt: Tragen Sie das richtige in ~/.pgpass oder die Variable PGPASSWORD ein (nie in --url).</translation>
    </message>
    <message>
        <source>The server {server} has no login “{login}”: put an administrator&apos;s login in --url, e.g. postgresql://postgres@{host}/{database}.</source>
        <translation>Der Server {server} kennt die Anmeldung „{login}“ nicht: Geben Sie in --url eine Administratoranmeldung an, z. B. postgresql://postgres@{host}/{database}.</translation>
    </message>
    <message>
        <source>The secure connection to {server} failed: its certificate does not match the CA file given with --ca.</source>
        <translation>Die sichere Verbindung zu {server} ist fehlgeschlagen: Ihr Zertifikat passt nicht zur mit --ca angegebenen CA-Datei.</translation>
    </message>
    <message>
        <source>The database “{database}” does not exist on {server}. Create it first (createdb -h {host} -U postgres {database}, or CREATE DATABASE {database}; in psql), then run init again as a superuser or as the database&apos;s owner with the CREATEROLE privilege.</source>
        <translation>Die Datenbank „{database}“ existiert auf {server} nicht. Legen Sie sie zuerst an (createdb -h {host} -U postgres {database} oder CREATE DATABASE {database}; in psql) und führen Sie init dann erneut als Superuser oder als Eigentümer der Datenbank mit dem Recht CREATEROLE aus.</translation>
    </message>
    <message>
        <source>The database “{database}” does not exist on {server}: check --url. A new central database is created with createdb -h {host} -U postgres {database}, then &apos;executrek central init&apos;.</source>
        <translation>Die Datenbank „{database}“ existiert auf {server} nicht: Prüfen Sie --url. Eine neue zentrale Datenbank wird mit createdb -h {host} -U postgres {database} und dann &apos;executrek central init&apos; angelegt.</translation>
    </message>
    <message>
        <source>The PostgreSQL server {server} cannot be reached: check that it is running and that the host and port in --url are right. Nothing was changed.</source>
        <translation>Der PostgreSQL-Server {server} ist nicht erreichbar: Prüfen Sie, ob er läuft und ob Host und Port in --url stimmen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database “{database}” on {server} is not set up for Executrek Field yet: run &apos;executrek central init --url {url}&apos; first.</source>
        <translation>Die Datenbank „{database}“ auf {server} ist noch nicht für Executrek Field eingerichtet: Führen Sie zuerst &apos;executrek central init --url {url}&apos; aus.</translation>
    </message>
    <message>
        <source>The connection to {server} was lost before “{action}” finished: run it again (it is safe to repeat).</source>
        <translation>Die Verbindung zu {server} ging verloren, bevor „{action}“ abgeschlossen war: Führen Sie den Befehl erneut aus (Wiederholen ist unbedenklich).</translation>
    </message>
    <message>
        <source>The login “{login}” may not set up “{database}”: run init as a superuser (e.g. postgres), or as the database&apos;s owner with the CREATEROLE privilege (it creates roles, a schema and functions).</source>
        <translation>Die Anmeldung „{login}“ darf „{database}“ nicht einrichten: Führen Sie init als Superuser (z. B. postgres) oder als Eigentümer der Datenbank mit dem Recht CREATEROLE aus (es legt Rollen, ein Schema und Funktionen an).</translation>
    </message>
    <message>
        <source>The login “{login}” may not add users: use a superuser, or the login that ran &apos;executrek central init&apos; if it has the CREATEROLE privilege.</source>
        <translation>Die Anmeldung „{login}“ darf keine Benutzer hinzufügen: Verwenden Sie einen Superuser oder die Anmeldung, die &apos;executrek central init&apos; ausgeführt hat, sofern sie das Recht CREATEROLE hat.</translation>
    </message>
    <message>
        <source>The login “{login}” may not administer “{database}”: use a superuser, or the login that ran &apos;executrek central init&apos; (a member of the {owner} role).</source>
        <translation>Die Anmeldung „{login}“ darf „{database}“ nicht verwalten: Verwenden Sie einen Superuser oder die Anmeldung, die &apos;executrek central init&apos; ausgeführt hat (ein Mitglied der Rolle {owner}).</translation>
    </message>
    <message>
        <source>Central database password for {user}: </source>
        <translation>Passwort der zentralen Datenbank für {user}: </translation>
    </message>
    <message>
        <source>Connected to {url} as {user}.</source>
        <translation>Mit {url} als {user} verbunden.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>For &apos;executrek sync&apos; give the password again with --password-stdin.</source>
        <translation>Geben Sie für &apos;executrek sync&apos; das Passwort erneut mit --password-stdin an.</translation>
    </message>
    <message>
        <source>{path}: schema {revision}, integrity {integrity}, {broken} broken reference(s), {pending} change(s) waiting to sync, {size} MB</source>
        <translation>{path}: Schema {revision}, Integrität {integrity}, {broken} defekte Verweis(e), {pending} Änderung(en) warten auf Synchronisation, {size} MB</translation>
    </message>
    <message>
        <source>executrek: the database needs attention: restore an earlier backup from {folder} with &apos;executrek db restore FILE&apos;.</source>
        <translation>executrek: Die Datenbank braucht Aufmerksamkeit: Stellen Sie eine frühere Sicherung aus {folder} mit &apos;executrek db restore FILE&apos; wieder her.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gesichert nach {path}</translation>
    </message>
    <message>
        <source>Restored from {path}</source>
        <translation>Wiederhergestellt aus {path}</translation>
    </message>
    <message>
        <source>; the previous database is in {path}</source>
        <translation>; die vorherige Datenbank liegt in {path}</translation>
    </message>
    <message>
        <source>{path} is the database itself; give the backup another name.</source>
        <translation>{path} ist die Datenbank selbst; geben Sie der Sicherung einen anderen Namen.</translation>
    </message>
    <message>
        <source>{path} already exists; give another name, or add --force to replace it.</source>
        <translation>{path} existiert bereits; geben Sie einen anderen Namen an oder fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>{count} label(s) on {pages} page(s) written to {path}</source>
        <translation>{count} Etikett(en) auf {pages} Seite(n) nach {path} geschrieben</translation>
    </message>
    <message>
        <source>{code} has no locations yet. Add them in the app or import a COBie workbook (&apos;executrek import cobie --project {code} FILE.xlsx&apos;).</source>
        <translation>{code} hat noch keine Orte. Legen Sie sie in der App an oder importieren Sie eine COBie-Arbeitsmappe (&apos;executrek import cobie --project {code} FILE.xlsx&apos;).</translation>
    </message>
    <message>
        <source>{count} location(s) in {code}. Give --under or --location a code, or a path with &apos;&gt;&apos; between the parts.</source>
        <translation>{count} Ort(e) in {code}. Geben Sie --under oder --location einen Code oder einen Pfad mit &apos;&gt;&apos; zwischen den Teilen.</translation>
    </message>
    <message>
        <source>{option} “{text}” matches no location of {code}; see the codes and paths with &apos;executrek locations --project {code}&apos;.</source>
        <translation>{option} „{text}“ passt zu keinem Ort von {code}; die Codes und Pfade zeigt &apos;executrek locations --project {code}&apos;.</translation>
    </message>
    <message>
        <source>{count} photo(s) exported to {folder} (with positions)</source>
        <translation>{count} Foto(s) nach {folder} exportiert (mit Positionen)</translation>
    </message>
    <message>
        <source>{count} photo(s) exported to {folder} (without positions)</source>
        <translation>{count} Foto(s) nach {folder} exportiert (ohne Positionen)</translation>
    </message>
    <message>
        <source>give the PDF to write with -o FILE.pdf</source>
        <translation>geben Sie das zu schreibende PDF mit -o FILE.pdf an</translation>
    </message>
    <message>
        <source>the {kind} report needs --project CODE</source>
        <translation>der Bericht {kind} braucht --project CODE</translation>
    </message>
    <message>
        <source>the inspection report needs --id NUMBER (INS-007 → --id 7); the project&apos;s inspections and their numbers are listed by &apos;executrek export inspections --project {code} -o inspections.csv&apos;</source>
        <translation>der Prüfbericht braucht --id NUMMER (INS-007 → --id 7); die Prüfungen des Projekts und ihre Nummern listet &apos;executrek export inspections --project {code} -o inspections.csv&apos;</translation>
    </message>
    <message>
        <source>--id is for the inspection report</source>
        <translation>--id gilt für den Prüfbericht</translation>
    </message>
    <message>
        <source>--update is for the schedule report</source>
        <translation>--update gilt für den Terminbericht</translation>
    </message>
    <message>
        <source>--number is for the payment certificate (PA-001) and for regenerate</source>
        <translation>--number gilt für die Zahlungsbescheinigung (PA-001) und für regenerate</translation>
    </message>
    <message>
        <source>{number} is not a payment application number like PA-001</source>
        <translation>{number} ist keine Nummer einer Abschlagsrechnung wie PA-001</translation>
    </message>
    <message>
        <source>--plans is for the punch and issues reports</source>
        <translation>--plans gilt für den Mängel- und den Vorgangsbericht</translation>
    </message>
    <message>
        <source>give the report to regenerate with --number REPORT-NUMBER</source>
        <translation>geben Sie den neu zu erzeugenden Bericht mit --number BERICHTSNUMMER an</translation>
    </message>
    <message>
        <source>--group-by takes up to two of {keys}</source>
        <translation>--group-by nimmt bis zu zwei von {keys}</translation>
    </message>
    <message>
        <source>--date is for the diary report, instead of --from and --to</source>
        <translation>--date gilt für den Bautagebuchbericht, anstelle von --from und --to</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages), identical to the issued {number}</source>
        <translation>{path} geschrieben ({pages} Seiten), identisch mit dem herausgegebenen {number}</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages), DIFFERENT from the issued {number}</source>
        <translation>{path} geschrieben ({pages} Seiten), ABWEICHEND vom herausgegebenen {number}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Wrote {path}: {kind}, {pages} pages, SHA-256 {sha}</source>
        <translation>{path} geschrieben: {kind}, {pages} Seiten, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>--photos is for the {kinds} reports</source>
        <translation>--photos gilt für die Berichte {kinds}</translation>
    </message>
    <message>
        <source>give the commentary with --commentary or --commentary-file</source>
        <translation>geben Sie den Kommentar mit --commentary oder --commentary-file an</translation>
    </message>
    <message>
        <source>--commentary is for the status report</source>
        <translation>--commentary gilt für den Statusbericht</translation>
    </message>
    <message>
        <source>the commentary file {path} does not exist</source>
        <translation>die Kommentardatei {path} existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the commentary from {path}: {reason}</source>
        <translation>der Kommentar kann nicht aus {path} gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>No reports issued yet.</source>
        <translation>Noch keine Berichte herausgegeben.</translation>
    </message>
    <message>
        <source>No reports issued yet for {code}.</source>
        <translation>Für {code} noch keine Berichte herausgegeben.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Punch items</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Contractor issues</source>
        <translation>Auftragnehmer-Vorgänge</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>give words or a record number to search for, like PI-0042</source>
        <translation>geben Sie Suchwörter oder eine Nummer wie PI-0042 an</translation>
    </message>
    <message>
        <source>--limit must be 1 or more</source>
        <translation>--limit muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Nichts gefunden für „{text}“.</translation>
    </message>
    <message>
        <source>{kind}: {shown} of {total:,}</source>
        <translation>{kind}: {shown} von {total:,}</translation>
    </message>
    <message>
        <source>{kind}: {total:,}</source>
        <translation>{kind}: {total:,}</translation>
    </message>
    <message>
        <source>self-test runs only in a folder without Executrek data, and {folder} holds some ({names}); give a new folder with --data-dir, or leave it out for a temporary one.</source>
        <extracomment>How long the main window may take to finish its start-up work before the test fails.</extracomment>
        <translation>self-test läuft nur in einem Ordner ohne Executrek-Daten, und {folder} enthält welche ({names}); geben Sie mit --data-dir einen neuen Ordner an oder lassen Sie die Option für einen temporären weg.</translation>
    </message>
    <message>
        <source>data folder kept: {folder}</source>
        <translation>Datenordner behalten: {folder}</translation>
    </message>
    <message>
        <source>No such refused change (see --refused).</source>
        <translation>Keine solche abgelehnte Änderung (siehe --refused).</translation>
    </message>
    <message>
        <source>{n} refused change(s) kept on this laptop: &apos;executrek sync --refused&apos; lists them.</source>
        <translation>{n} abgelehnte Änderung(en) auf diesem Laptop gespeichert: &apos;executrek sync --refused&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>{n} field(s) were decided automatically (the later edit won): &apos;executrek sync --decided&apos; shows both values.</source>
        <translation>{n} Feld(er) wurden automatisch entschieden (die spätere Änderung gewann): &apos;executrek sync --decided&apos; zeigt beide Werte.</translation>
    </message>
    <message>
        <source>“{value}” is not a change number; give N or all.</source>
        <translation>„{value}“ ist keine Änderungsnummer; geben Sie N oder all an.</translation>
    </message>
    <message>
        <source>No refused changes are kept on this laptop.</source>
        <translation>Auf diesem Laptop sind keine abgelehnten Änderungen gespeichert.</translation>
    </message>
    <message>
        <source> (sent again at the next sync)</source>
        <translation> (wird bei der nächsten Synchronisation erneut gesendet)</translation>
    </message>
    <message>
        <source>Send again: executrek sync --resend N (or all). Throw away: executrek sync --discard N.</source>
        <translation>Erneut senden: executrek sync --resend N (oder all). Verwerfen: executrek sync --discard N.</translation>
    </message>
    <message>
        <source>Throw away change #{seq} ({op} {label}: {fields})? The record shows the central database&apos;s values again; a copy stays in the log. [y/N] </source>
        <translation>Änderung #{seq} ({op} {label}: {fields}) verwerfen? Der Datensatz zeigt wieder die Werte der zentralen Datenbank; eine Kopie bleibt im Protokoll. [y/N] </translation>
    </message>
    <message>
        <source>no terminal to ask: add --yes to discard</source>
        <translation>kein Terminal für die Rückfrage: Fügen Sie --yes hinzu, um zu verwerfen</translation>
    </message>
    <message>
        <source>Nothing was discarded.</source>
        <translation>Nichts wurde verworfen.</translation>
    </message>
    <message>
        <source>Discarded change #{seq}; a copy is in the log.</source>
        <translation>Änderung #{seq} verworfen; eine Kopie steht im Protokoll.</translation>
    </message>
    <message>
        <source>Nothing was decided automatically in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurde nichts automatisch entschieden.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mein Wert</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>anderer Wert</translation>
    </message>
    <message>
        <source>Bring yours back: executrek sync --restore ID.</source>
        <translation>Ihren Wert wiederherstellen: executrek sync --restore ID.</translation>
    </message>
    <message>
        <source>No single automatic decision {id} (see --decided).</source>
        <translation>Keine einzelne automatische Entscheidung {id} (siehe --decided).</translation>
    </message>
    <message>
        <source>{days} closed diary day(s) of {code} in {chains} chain(s) check out.</source>
        <translation>{days} abgeschlossene(r) Bautagebuchtag(e) von {code} in {chains} Kette(n) sind in Ordnung.</translation>
    </message>
    <message>
        <source>{count} more day(s) do not match:</source>
        <translation>{count} weitere(r) Tag(e) stimmen nicht überein:</translation>
    </message>
    <message>
        <source>There is no user {name}.</source>
        <translation>Es gibt keinen Benutzer {name}.</translation>
    </message>
    <message>
        <source>{code} has no diary day for {day}.</source>
        <translation>{code} hat keinen Bautagebuchtag für {day}.</translation>
    </message>
    <message>
        <source>wind {wind}</source>
        <translation>Wind {wind}</translation>
    </message>
    <message>
        <source>ground {ground}</source>
        <translation>Boden {ground}</translation>
    </message>
    <message>
        <source>weather stopped work {hours} h</source>
        <translation>witterungsbedingter Arbeitsausfall {hours} h</translation>
    </message>
    <message>
        <source>Manpower</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Work performed</source>
        <translation>Ausgeführte Arbeiten</translation>
    </message>
    <message>
        <source>Delays and disruptions</source>
        <translation>Behinderungen und Störungen</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anordnungen</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Arbeitssicherheit</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Signed by {name}{role} at {when}</source>
        <translation>Unterschrieben von {name}{role} am {when}</translation>
    </message>
    <message>
        <source>Weather: {weather}</source>
        <translation>Wetter: {weather}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>({people} people, {hours} h)</source>
        <translation>({people} Personen, {hours} h)</translation>
    </message>
    <message>
        <source>Photos: {count}</source>
        <translation>Fotos: {count}</translation>
    </message>
    <message>
        <source>Addenda:</source>
        <translation>Ergänzungen:</translation>
    </message>
    <message>
        <source>Content hash: {hash}</source>
        <translation>Inhalts-Hash: {hash}</translation>
    </message>
    <message>
        <source>Previous hash: {hash}</source>
        <translation>Vorheriger Hash: {hash}</translation>
    </message>
    <message>
        <source>(each laptop&apos;s own)</source>
        <translation>(jeweils eigener Wert des Laptops)</translation>
    </message>
    <message>
        <source>Say which setting and its value: settings set KEY VALUE.</source>
        <translation>Geben Sie Einstellung und Wert an: settings set KEY VALUE.</translation>
    </message>
    <message>
        <source>Say which setting: settings unset KEY.</source>
        <translation>Geben Sie die Einstellung an: settings unset KEY.</translation>
    </message>
    <message>
        <source>{key} is no longer set by the PMO: each laptop uses its own again.</source>
        <translation>{key} wird nicht mehr vom PMO festgelegt: Jeder Laptop verwendet wieder seinen eigenen Wert.</translation>
    </message>
    <message>
        <source>{key} is now {value} on every laptop after its next sync.</source>
        <translation>{key} ist auf jedem Laptop nach seiner nächsten Synchronisation {value}.</translation>
    </message>
    <message>
        <source>a picture of {size} KB</source>
        <translation>ein Bild mit {size} KB</translation>
    </message>
    <message>
        <source>There is no PMO setting “{key}”; the settings are: {keys}.</source>
        <translation>Es gibt keine PMO-Einstellung „{key}“; die Einstellungen sind: {keys}.</translation>
    </message>
    <message>
        <source>{key} takes true or false, not “{value}”.</source>
        <translation>{key} nimmt true oder false, nicht „{value}“.</translation>
    </message>
    <message>
        <source>{key} takes a colour written #RRGGBB, not “{value}”.</source>
        <translation>{key} nimmt eine Farbe in der Form #RRGGBB, nicht „{value}“.</translation>
    </message>
    <message>
        <source>{key} takes A4 or Letter, not “{value}”.</source>
        <translation>{key} nimmt A4 oder Letter, nicht „{value}“.</translation>
    </message>
    <message>
        <source>{key} takes a text of 1 to 200 characters.</source>
        <translation>{key} nimmt einen Text mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>{key} takes code (USD 1,234.50) or symbol ($1,234.50).</source>
        <translation>{key} nimmt code (USD 1,234.50) oder symbol ($1,234.50).</translation>
    </message>
    <message>
        <source>{key} takes a whole number from 0 to {top}, not “{value}”.</source>
        <translation>{key} nimmt eine ganze Zahl von 0 bis {top}, nicht „{value}“.</translation>
    </message>
    <message>
        <source>{key} takes a number from 0 to {top}, not “{value}”.</source>
        <translation>{key} nimmt eine Zahl von 0 bis {top}, nicht „{value}“.</translation>
    </message>
    <message>
        <source>The image is {size} KB; a PMO logo may be up to 512 KB.</source>
        <translation>Das Bild hat {size} KB; ein PMO-Logo darf bis zu 512 KB groß sein.</translation>
    </message>
    <message>
        <source>A PMO logo must be a PNG or JPEG picture.</source>
        <translation>Ein PMO-Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <source>The file “{path}” cannot be read.</source>
        <translation>Die Datei „{path}“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A report number pattern has 1 to {n} characters.</source>
        <translation>Ein Muster für Berichtsnummern hat 1 bis {n} Zeichen.</translation>
    </message>
    <message>
        <source>A report number pattern must contain {seq}, e.g. {project}-{kind}-{seq:3}.</source>
        <translation>Ein Muster für Berichtsnummern muss {seq} enthalten, z. B. {project}-{kind}-{seq:3}.</translation>
    </message>
    <message>
        <source>A report number pattern may hold only {{project}}, {{kind}}, {{seq}} or {{seq:N}}, letters, digits, “-”, “_” and “.”, not “{pattern}”.</source>
        <translation>Ein Muster für Berichtsnummern darf nur {{project}}, {{kind}}, {{seq}} oder {{seq:N}}, Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten, nicht „{pattern}“.</translation>
    </message>
    <message>
        <source>--standard is for a budget import only.</source>
        <translation>--standard gilt nur für einen Budgetimport.</translation>
    </message>
    <message>
        <source>--commitment is for a schedule-of-values import only.</source>
        <translation>--commitment gilt nur für einen Import eines Leistungsverzeichnisses.</translation>
    </message>
    <message>
        <source>--decimal and --sheet are for a budget or schedule-of-values import only.</source>
        <translation>--decimal und --sheet gelten nur für einen Import eines Budgets oder Leistungsverzeichnisses.</translation>
    </message>
    <message>
        <source>--xer-project is for a schedule import only.</source>
        <translation>--xer-project gilt nur für einen Terminplanimport.</translation>
    </message>
    <message>
        <source>Name the draft commitment the schedule of values is for: --commitment SC-001.</source>
        <translation>Nennen Sie den Vertrags- bzw. Bestellungsentwurf, zu dem das Leistungsverzeichnis gehört: --commitment SC-001.</translation>
    </message>
    <message>
        <source>--standard takes csi, or uniclass and the Uniclass 2015 table&apos;s file.</source>
        <translation>--standard erwartet csi, oder uniclass und die Datei der Uniclass-2015-Tabelle.</translation>
    </message>
    <message>
        <source>“{file}” holds {count} projects: {names}. Pick one with --xer-project SHORTNAME_OR_ID.</source>
        <translation>„{file}“ enthält {count} Projekte: {names}. Wählen Sie eines mit --xer-project KURZNAME_ODER_ID.</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>Warnung: {line}</translation>
    </message>
    <message>
        <source>{number} imported from {file} as the baseline: {activities} activities, {links} relationships, {milestones} milestones, {calendars} calendars; data date {date}.</source>
        <translation>{number} aus {file} als Basisplan importiert: {activities} Aktivitäten, {links} Anordnungsbeziehungen, {milestones} Meilensteine, {calendars} Kalender; Stichtag {date}.</translation>
    </message>
    <message>
        <source>{number} imported from {file}: {activities} activities, {links} relationships, {milestones} milestones, {calendars} calendars; data date {date}.</source>
        <translation>{number} aus {file} importiert: {activities} Aktivitäten, {links} Anordnungsbeziehungen, {milestones} Meilensteine, {calendars} Kalender; Stichtag {date}.</translation>
    </message>
    <message>
        <source>{count} relationships to activities of other projects in the file were left out.</source>
        <translation>{count} Anordnungsbeziehungen zu Aktivitäten anderer Projekte der Datei wurden ausgelassen.</translation>
    </message>
    <message>
        <source>{code} has no schedule update yet: import a programme.</source>
        <translation>{code} hat noch keine Terminplanfortschreibung: Importieren Sie einen Terminplan.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>{acts} activities, {links} relationships, {miles} milestones; finish {finish}; {file}</source>
        <translation>{acts} Aktivitäten, {links} Anordnungsbeziehungen, {miles} Meilensteine; Ende {finish}; {file}</translation>
    </message>
    <message>
        <source>Forecast from {number} (data date {date}): completion {forecast}, contractual {contract} (baseline {baseline} + {co} days approved in change orders + {eot} days granted for delay events).</source>
        <translation>Prognose aus {number} (Stichtag {date}): Fertigstellung {forecast}, vertraglich {contract} (Basisplan {baseline} + {co} in Nachträgen genehmigte Tage + {eot} für Behinderungen gewährte Tage).</translation>
    </message>
    <message>
        <source>Completion is forecast {days} days late.</source>
        <translation>Die Fertigstellung wird {days} Tage zu spät prognostiziert.</translation>
    </message>
    <message>
        <source>Completion is forecast on time ({days} days to spare).</source>
        <translation>Die Fertigstellung wird termingerecht prognostiziert ({days} Tage Reserve).</translation>
    </message>
    <message>
        <source>Least total float on the critical path: {days} working days; {negative} unfinished activities have negative float.</source>
        <translation>Geringster Gesamtpuffer auf dem kritischen Weg: {days} Arbeitstage; {negative} nicht abgeschlossene Aktivitäten haben negativen Puffer.</translation>
    </message>
    <message>
        <source>baseline {baseline}  contractual {contract}  forecast {forecast}  actual {actual}  variance {days}</source>
        <translation>Basis {baseline}  vertraglich {contract}  Prognose {forecast}  Ist {actual}  Abweichung {days}</translation>
    </message>
    <message>
        <source>Quality check of {number} (data date {date}): {passed} passed, {failed} failed.</source>
        <translation>Qualitätsprüfung von {number} (Stichtag {date}): {passed} bestanden, {failed} nicht bestanden.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>report</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>{number} has no previous update to compare with.</source>
        <translation>{number} hat keine vorherige Fortschreibung zum Vergleich.</translation>
    </message>
    <message>
        <source>{number} is the baseline itself.</source>
        <translation>{number} ist selbst der Basisplan.</translation>
    </message>
    <message>
        <source>{later} (data date {after}) against {earlier} (data date {before}): the finish moved from {f1} to {f2} ({days} days).</source>
        <translation>{later} (Stichtag {after}) gegenüber {earlier} (Stichtag {before}): Das Ende hat sich von {f1} auf {f2} verschoben ({days} Tage).</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Slipped most</source>
        <translation>Am stärksten verschoben</translation>
    </message>
    <message>
        <source>Float consumed (total {days} working days)</source>
        <translation>Puffer verbraucht (insgesamt {days} Arbeitstage)</translation>
    </message>
    <message>
        <source>Entered the critical path</source>
        <translation>Auf den kritischen Weg gekommen</translation>
    </message>
    <message>
        <source>Left the critical path</source>
        <translation>Vom kritischen Weg gefallen</translation>
    </message>
    <message>
        <source>Relationships added</source>
        <translation>Anordnungsbeziehungen hinzugefügt</translation>
    </message>
    <message>
        <source>Relationships removed</source>
        <translation>Anordnungsbeziehungen entfernt</translation>
    </message>
    <message>
        <source>Durations changed</source>
        <translation>Dauern geändert</translation>
    </message>
    <message>
        <source>Activities added</source>
        <translation>Aktivitäten hinzugefügt</translation>
    </message>
    <message>
        <source>Activities removed</source>
        <translation>Aktivitäten entfernt</translation>
    </message>
    <message>
        <source>Progress claimed</source>
        <translation>Gemeldeter Fortschritt</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Look-ahead from {date} for {days} days: {count} activities.</source>
        <translation>Vorschau ab {date} für {days} Tage: {count} Aktivitäten.</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>beginnt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>open issues {issues}, open punch {punch}</source>
        <translation>offene Vorgänge {issues}, offene Mängel {punch}</translation>
    </message>
    <message>
        <source>{location}: {count} open</source>
        <translation>{location}: {count} offen</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Ort)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid user name (lower-case letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>„{name}“ ist kein gültiger Benutzername (Kleinbuchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is one of the central database&apos;s own roles and cannot be a user. Pick another name.</source>
        <translation>„{name}“ ist eine der eigenen Rollen der zentralen Datenbank und kann kein Benutzer sein. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The database role &apos;{name}&apos; is a superuser, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.</source>
        <translation>Die Datenbankrolle „{name}“ ist ein Superuser und kann daher kein Benutzer im Feld werden (sie könnte jedes Projekt lesen und ändern). Wählen Sie einen anderen Namen oder entziehen Sie der Rolle zuerst dieses Recht.</translation>
    </message>
    <message>
        <source>The database role &apos;{name}&apos; bypasses row-level security, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.</source>
        <translation>Die Datenbankrolle „{name}“ umgeht die Sicherheit auf Zeilenebene und kann daher kein Benutzer im Feld werden (sie könnte jedes Projekt lesen und ändern). Wählen Sie einen anderen Namen oder entziehen Sie der Rolle zuerst dieses Recht.</translation>
    </message>
    <message>
        <source>The database role &apos;{name}&apos; may create roles, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.</source>
        <translation>Die Datenbankrolle „{name}“ darf Rollen anlegen und kann daher kein Benutzer im Feld werden (sie könnte jedes Projekt lesen und ändern). Wählen Sie einen anderen Namen oder entziehen Sie der Rolle zuerst dieses Recht.</translation>
    </message>
    <message>
        <source>The database role &apos;{name}&apos; may act as the schema owner, so it cannot become a field user (it could read and change every project). Pick another name, or take that power away from the role first.</source>
        <translation>Die Datenbankrolle „{name}“ darf als Eigentümer des Schemas handeln und kann daher kein Benutzer im Feld werden (sie könnte jedes Projekt lesen und ändern). Wählen Sie einen anderen Namen oder entziehen Sie der Rolle zuerst dieses Recht.</translation>
    </message>
    <message>
        <source>No project &apos;{code}&apos; on the central database yet: a project arrives with its creator&apos;s first sync.</source>
        <translation>Noch kein Projekt „{code}“ in der zentralen Datenbank: Ein Projekt kommt mit der ersten Synchronisation seines Erstellers an.</translation>
    </message>
    <message>
        <source>Several projects have the code &apos;{code}&apos;; give the project id instead.</source>
        <translation>Mehrere Projekte haben den Code „{code}“; geben Sie stattdessen die Projekt-ID an.</translation>
    </message>
    <message>
        <source>No user &apos;{name}&apos; on the central database: add them first (&apos;executrek central add-user {name}&apos;).</source>
        <translation>Kein Benutzer „{name}“ in der zentralen Datenbank: Fügen Sie ihn zuerst hinzu (&apos;executrek central add-user {name}&apos;).</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a project role; use one of: {roles}.</source>
        <translation>„{role}“ ist keine Projektrolle; verwenden Sie eine von: {roles}.</translation>
    </message>
    <message>
        <source>An approval limit cannot be negative.</source>
        <translation>Eine Genehmigungsgrenze kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a member of &apos;{project}&apos;; nothing was changed.</source>
        <translation>„{name}“ ist kein Mitglied von „{project}“; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No refused change #{id} on the central database.</source>
        <translation>Keine abgelehnte Änderung #{id} in der zentralen Datenbank.</translation>
    </message>
    <message>
        <source>No refused change #{id} is waiting (see &apos;executrek central quarantine list&apos;).</source>
        <translation>Keine abgelehnte Änderung #{id} wartet (siehe &apos;executrek central quarantine list&apos;).</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a record number (for example PI-0042, CE-001, NCR-012).</source>
        <translation>„{number}“ ist keine Datensatznummer (zum Beispiel PI-0042, CE-001, NCR-012).</translation>
    </message>
    <message>
        <source>No record {number} in this project.</source>
        <translation>Kein Datensatz {number} in diesem Projekt.</translation>
    </message>
    <message>
        <source>No record {id} in this project.</source>
        <translation>Kein Datensatz {id} in diesem Projekt.</translation>
    </message>
    <message>
        <source>A project or a conflict cannot be purged this way.</source>
        <translation>Ein Projekt oder ein Konflikt kann auf diese Weise nicht endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>{record} cannot be purged: a certified payment application is or refers to it, and certified payment applications never change.</source>
        <translation>{record} kann nicht endgültig gelöscht werden: Eine bescheinigte Abschlagsrechnung ist oder verweist darauf, und bescheinigte Abschlagsrechnungen ändern sich nie.</translation>
    </message>
    <message>
        <source>{record} cannot be purged: a signed site diary day is or refers to it, and closed diary days never change.</source>
        <translation>{record} kann nicht endgültig gelöscht werden: Ein unterschriebener Bautagebuchtag ist oder verweist darauf, und abgeschlossene Bautagebuchtage ändern sich nie.</translation>
    </message>
    <message>
        <source>The login “{login}” may not change the PMO settings: only a PMO administrator (central grant NAME --role pmo-admin) may.</source>
        <translation>Die Anmeldung „{login}“ darf die PMO-Einstellungen nicht ändern: Nur ein PMO-Administrator (central grant NAME --role pmo-admin) darf das.</translation>
    </message>
    <message>
        <source>The central database refused {key}: {reason}.</source>
        <translation>Die zentrale Datenbank hat {key} abgelehnt: {reason}.</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Ihre &amp;Funktion</translation>
    </message>
    <message>
        <source>C&amp;lear signature</source>
        <translation>Unterschrift &amp;löschen</translation>
    </message>
    <message>
        <source>Sign and close</source>
        <translation>Unterschreiben und abschließen</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Pick a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Weather AM</source>
        <translation>Wetter vormittags</translation>
    </message>
    <message>
        <source>Weather PM</source>
        <translation>Wetter nachmittags</translation>
    </message>
    <message>
        <source>Min °C</source>
        <translation>Min. °C</translation>
    </message>
    <message>
        <source>Max °C</source>
        <translation>Max. °C</translation>
    </message>
    <message>
        <source>Precipitation mm</source>
        <translation>Niederschlag mm</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Hours lost to weather</source>
        <translation>Witterungsbedingte Ausfallstunden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Contractors</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Cost code</source>
        <translation>Kostengruppe</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Übergeordnete Kostengruppe</translation>
    </message>
    <message>
        <source>Cost code name</source>
        <translation>Bezeichnung der Kostengruppe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Scheduled value</source>
        <translation>LV-Wert</translation>
    </message>
    <message>
        <source>Activity codes</source>
        <translation>Aktivitätscodes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Schedule (days)</source>
        <translation>Termine (Tage)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einheitspreis</translation>
    </message>
    <message>
        <source>Markup (%)</source>
        <translation>Zuschlag (%)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Punktzahl (%)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Responded by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Responded at</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <source>WBS name</source>
        <translation>PSP-Bezeichnung</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Original duration</source>
        <translation>Ursprüngliche Dauer</translation>
    </message>
    <message>
        <source>Remaining duration</source>
        <translation>Restdauer</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Early start</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <source>Early finish</source>
        <translation>Frühestes Ende</translation>
    </message>
    <message>
        <source>Late start</source>
        <translation>Spätester Beginn</translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation>Spätestes Ende</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% fertig</translation>
    </message>
    <message>
        <source>% physical</source>
        <translation>% physisch</translation>
    </message>
    <message>
        <source>Total float</source>
        <translation>Gesamtpuffer</translation>
    </message>
    <message>
        <source>Free float</source>
        <translation>Freier Puffer</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Constraint date</source>
        <translation>Datum der Einschränkung</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Days claimed</source>
        <translation>Beantragte Tage</translation>
    </message>
    <message>
        <source>Days granted</source>
        <translation>Gewährte Tage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Ball in court</source>
        <translation>Am Zug</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contractor response</source>
        <translation>Antwort des AN</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gewerk</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Description and history</source>
        <translation>Beschreibung und Verlauf</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>P</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Original budget</source>
        <translation>Ursprüngliches Budget</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Umschichtungen zu</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Umschichtungen ab</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>Genehmigtes Budget</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Beauftragt</translation>
    </message>
    <message>
        <source>Cost to date</source>
        <translation>Kosten bis heute</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis heute</translation>
    </message>
    <message>
        <source>Pending changes (weighted)</source>
        <translation>Offene Änderungen (gewichtet)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Uncommitted</source>
        <translation>Nicht beauftragt</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Prognose der Gesamtkosten</translation>
    </message>
    <message>
        <source>EAC</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Owner&apos;s budget increase</source>
        <translation>Budgeterhöhung durch den Bauherrn</translation>
    </message>
    <message>
        <source>Budget decrease</source>
        <translation>Budgetkürzung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Original value</source>
        <translation>Ursprünglicher Wert</translation>
    </message>
    <message>
        <source>Approved changes</source>
        <translation>Genehmigte Nachträge</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Contract sum to date</source>
        <translation>Aktuelle Auftragssumme</translation>
    </message>
    <message>
        <source>Contract sum</source>
        <translation>Auftragssumme</translation>
    </message>
    <message>
        <source>Completed to date</source>
        <translation>Bisher ausgeführt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation>Gehaltener Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>Retainage</source>
        <translation>Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>Certified for payment</source>
        <translation>Zur Zahlung bescheinigt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Balance to pay</source>
        <translation>Noch zu zahlen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vertrag / Bestellung</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>Abschlagsrechnung Nr.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Einbehalt</translation>
    </message>
    <message>
        <source>Withholding reason</source>
        <translation>Grund des Einbehalts</translation>
    </message>
    <message>
        <source>Retainage released</source>
        <translation>Freigegebener Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>Current payment due</source>
        <translation>Aktuell fällige Zahlung</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Fällige Zahlung</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Bescheinigt</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Bescheinigt von</translation>
    </message>
</context>
<context>
    <name>CommentaryDrafts</name>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} von {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Neuer Vertrag / neue Bestellung</translation>
    </message>
    <message>
        <source>— choose</source>
        <translation>— auswählen</translation>
    </message>
    <message>
        <source>as for work</source>
        <translation>wie für Leistung</translation>
    </message>
    <message>
        <source>no reduction</source>
        <translation>keine Reduzierung</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>z. B. 50</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Contractor</source>
        <translation>A&amp;uftragnehmer</translation>
    </message>
    <message>
        <source>Contract &amp;value ({currency})</source>
        <translation>&amp;Vertragswert ({currency})</translation>
    </message>
    <message>
        <source>&amp;Retainage %</source>
        <translation>&amp;Sicherheitseinbehalt %</translation>
    </message>
    <message>
        <source>Retainage on stored &amp;materials %</source>
        <translation>Einbehalt auf gelagerte &amp;Materialien %</translation>
    </message>
    <message>
        <source>Re&amp;duced retainage %</source>
        <translation>&amp;Reduzierter Sicherheitseinbehalt %</translation>
    </message>
    <message>
        <source>… once &amp;complete %</source>
        <translation>… ab Fertigstellun&amp;gsgrad %</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>Executed: this changes by change order only.</source>
        <translation>Unterzeichnet: Änderungen nur noch durch Nachtrag.</translation>
    </message>
    <message>
        <source>Choose the contractor or supplier.</source>
        <translation>Wählen Sie den Auftragnehmer oder Lieferanten aus.</translation>
    </message>
</context>
<context>
    <name>CommitmentPane</name>
    <message>
        <source>Select a commitment</source>
        <translation>Wählen Sie einen Vertrag bzw. eine Bestellung aus</translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation>&amp;Unterzeichnen…</translation>
    </message>
    <message>
        <source>Signed: the schedule of values must add up to the contract value</source>
        <translation>Unterzeichnet: Das Leistungsverzeichnis muss den Vertragswert ergeben</translation>
    </message>
    <message>
        <source>Add SOV &amp;line…</source>
        <translation>LV-&amp;Position hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import SOV…</source>
        <translation>LV &amp;importieren…</translation>
    </message>
    <message>
        <source>Load the schedule of values from a spreadsheet (XLSX or CSV)</source>
        <translation>Das Leistungsverzeichnis aus einer Tabelle laden (XLSX oder CSV)</translation>
    </message>
    <message>
        <source>Add &amp;rate…</source>
        <translation>&amp;Einheitspreis hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Title, contractor, dates and retainage terms</source>
        <translation>Titel, Auftragnehmer, Termine und Bedingungen des Sicherheitseinbehalts</translation>
    </message>
    <message>
        <source>Re&amp;move line…</source>
        <translation>Zeile entfe&amp;rnen…</translation>
    </message>
    <message>
        <source>Take the SOV line selected off a draft (never a line with claims)</source>
        <translation>Die ausgewählte LV-Position aus einem Entwurf entfernen (nie eine Position mit Abrechnungen)</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>&amp;Schließen…</translation>
    </message>
    <message>
        <source>Final account agreed: no new pay applications</source>
        <translation>Schlussrechnung vereinbart: keine neuen Abschlagsrechnungen</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>Wieder ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Für ungültig er&amp;klären…</translation>
    </message>
    <message>
        <source>A draft that will not be signed</source>
        <translation>Ein Entwurf, der nicht unterzeichnet wird</translation>
    </message>
    <message>
        <source>Schedule of values</source>
        <translation>Leistungsverzeichnis</translation>
    </message>
    <message>
        <source>Schedule of rates</source>
        <translation>Einheitspreisliste</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Cost code</source>
        <translation>Kostengruppe</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetposition</translation>
    </message>
    <message>
        <source>Scheduled value</source>
        <translation>LV-Wert</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt durch</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Einheitspreis</translation>
    </message>
    <message>
        <source>Schedule of rates ({count})</source>
        <translation>Einheitspreisliste ({count})</translation>
    </message>
    <message>
        <source>Rates in {currency}: the change orders of {number} are checked against them.</source>
        <translation>Einheitspreise in {currency}: Die Nachträge zu {number} werden daran geprüft.</translation>
    </message>
    <message>
        <source>{number} has no schedule of rates: Add rate… gives its change orders a contract rate to be checked against.</source>
        <translation>{number} hat keine Einheitspreisliste: „Einheitspreis hinzufügen…“ gibt seinen Nachträgen einen Vertragspreis, an dem sie geprüft werden.</translation>
    </message>
    <message>
        <source>retainage {pct} %</source>
        <translation>Sicherheitseinbehalt {pct} %</translation>
    </message>
    <message>
        <source>, {pct} % on stored materials</source>
        <translation>, {pct} % auf gelagertes Material</translation>
    </message>
    <message>
        <source>, {reduced} % once {at} % complete</source>
        <translation>, {reduced} % ab {at} % Fertigstellung</translation>
    </message>
    <message>
        <source>contract sum {amount}</source>
        <translation>Auftragssumme {amount}</translation>
    </message>
    <message>
        <source>executed {date}</source>
        <translation>unterzeichnet {date}</translation>
    </message>
    <message>
        <source>The schedule of values adds up to {sov} of the contract value {value}.</source>
        <translation>Das Leistungsverzeichnis ergibt {sov} des Vertragswerts {value}.</translation>
    </message>
</context>
<context>
    <name>CommitmentStepDialog</name>
    <message>
        <source>Close {number}</source>
        <translation>{number} schließen</translation>
    </message>
    <message>
        <source>Reopen {number}</source>
        <translation>{number} wieder öffnen</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>{number} für ungültig erklären</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Für ungültig erklären</translation>
    </message>
    <message>
        <source>Closing {number} records its final account: its contract sum {amount} stays committed against the budget and what was certified stays the cost to date, but it takes no new pay application until it is reopened.</source>
        <translation>Das Schließen von {number} hält die Schlussrechnung fest: Die Auftragssumme {amount} bleibt gegen das Budget beauftragt und das Bescheinigte bleibt die bisherigen Kosten, aber es werden keine neuen Abschlagsrechnungen angenommen, bis wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>Reopening {number} makes it executed again, so a late claim can be made and certified; its contract sum {amount} and the budget&apos;s figures do not change.</source>
        <translation>Das Wiederöffnen setzt {number} wieder auf unterzeichnet, sodass eine späte Forderung gestellt und bescheinigt werden kann; die Auftragssumme {amount} und die Budgetzahlen ändern sich nicht.</translation>
    </message>
    <message>
        <source>Voiding {number} is final: a draft that will not be signed. It was never committed, so the budget&apos;s figures do not change; its schedule of values is kept for the record but can no longer be executed.</source>
        <translation>Die Ungültigerklärung von {number} ist endgültig: ein Entwurf, der nicht unterzeichnet wird. Er war nie beauftragt, daher ändern sich die Budgetzahlen nicht; sein Leistungsverzeichnis bleibt zur Dokumentation erhalten, kann aber nicht mehr unterzeichnet werden.</translation>
    </message>
</context>
<context>
    <name>CommitmentsController</name>
    <message>
        <source>{number} is executed.</source>
        <translation>{number} ist unterzeichnet.</translation>
    </message>
    <message>
        <source>Item {item} is removed from {number}.</source>
        <translation>Position {item} ist aus {number} entfernt.</translation>
    </message>
    <message>
        <source>{number} is closed.</source>
        <translation>{number} ist geschlossen.</translation>
    </message>
    <message>
        <source>{number} is executed again.</source>
        <translation>{number} ist wieder unterzeichnet.</translation>
    </message>
    <message>
        <source>{number} is void.</source>
        <translation>{number} ist ungültig.</translation>
    </message>
    <message>
        <source>Import a schedule of values into {number}</source>
        <translation>Leistungsverzeichnis in {number} importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>Verträge und Bestellungen</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Verträge und Bestellungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New commitment…</source>
        <translation>&amp;Neuer Vertrag / neue Bestellung…</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Neuer Vertrag / neue Bestellung</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vertrag / Bestellung</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Approved
changes</source>
        <translation>Genehmigte
Nachträge</translation>
    </message>
    <message>
        <source>Contract
sum</source>
        <translation>Auftrags-
summe</translation>
    </message>
    <message>
        <source>Certified
to date</source>
        <translation>Bisher
bescheinigt</translation>
    </message>
    <message>
        <source>Retainage
held</source>
        <translation>Sicherheits-
einbehalt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare revisions of {number}</source>
        <translation>Revisionen von {number} vergleichen</translation>
    </message>
    <message>
        <source>Rev {rev}</source>
        <translation>Rev. {rev}</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Overlay (red / cyan)</source>
        <translation>Überlagerung (rot / cyan)</translation>
    </message>
    <message>
        <source>How strongly the newer revision shows</source>
        <translation>Wie deutlich die neuere Revision erscheint</translation>
    </message>
    <message>
        <source>Newer revision:</source>
        <translation>Neuere Revision:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#D32F2F&apos;&gt;■&lt;/span&gt; only in the older · &lt;span style=&apos;color:#00A0B0&apos;&gt;■&lt;/span&gt; only in the newer · ■ in both</source>
        <translation>&lt;span style=&apos;color:#D32F2F&apos;&gt;■&lt;/span&gt; nur in der älteren · &lt;span style=&apos;color:#00A0B0&apos;&gt;■&lt;/span&gt; nur in der neueren · ■ in beiden</translation>
    </message>
    <message>
        <source>Older:</source>
        <translation>Ältere:</translation>
    </message>
    <message>
        <source>Newer:</source>
        <translation>Neuere:</translation>
    </message>
    <message>
        <source>A drawing file is not on this computer yet; sync to download it.</source>
        <translation>Eine Plandatei ist noch nicht auf diesem Computer; synchronisieren Sie, um sie herunterzuladen.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Double-click an activity to open it in the programme</source>
        <translation>Doppelklicken Sie auf eine Aktivität, um sie im Terminplan zu öffnen</translation>
    </message>
    <message>
        <source>{later} (data date {after}) against {earlier}, {against} (data date {before}): the finish moved from {f1} to {f2}, {days} days.</source>
        <translation>{later} (Stichtag {after}) gegenüber {earlier}, {against} (Stichtag {before}): Das Ende verschob sich von {f1} auf {f2}, {days} Tage.</translation>
    </message>
</context>
<context>
    <name>CostCodeDialog</name>
    <message>
        <source>Edit cost code {code}</source>
        <translation>Kostengruppe {code} bearbeiten</translation>
    </message>
    <message>
        <source>New cost code</source>
        <translation>Neue Kostengruppe</translation>
    </message>
    <message>
        <source>e.g. 03 30 00</source>
        <translation>z. B. 03 30 00</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>— none (a top-level code)</source>
        <translation>— keine (oberste Ebene)</translation>
    </message>
    <message>
        <source>&amp;Under</source>
        <translation>&amp;Unter</translation>
    </message>
</context>
<context>
    <name>CostLabels</name>
    <message>
        <source>Construction</source>
        <translation>Bauleistungen</translation>
    </message>
    <message>
        <source>Design fees</source>
        <translation>Planungshonorare</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherungen</translation>
    </message>
    <message>
        <source>FF&amp;E</source>
        <translation>Ausstattung (FF&amp;E)</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>PMO fees</source>
        <translation>Projektsteuerung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Bescheinigt</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellung</translation>
    </message>
</context>
<context>
    <name>CostRegister</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Executrek Field — something went wrong</source>
        <translation>Executrek Field — ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved work is safe: every change is written to disk when you make it.

A report was written to:
{path}

Please send it to your PMO support contact.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherte Arbeit ist sicher: Jede Änderung wird sofort auf die Festplatte geschrieben.

Ein Fehlerbericht wurde gespeichert unter:
{path}

Bitte senden Sie ihn an Ihren PMO-Support.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>CurrencyNote</name>
    <message>
        <source>Amounts in {currency}</source>
        <translation>Beträge in {currency}</translation>
    </message>
</context>
<context>
    <name>DashboardColumns</name>
    <message>
        <source>Punch item</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage Verzug</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Revised contract</source>
        <translation>Aktueller Auftragswert</translation>
    </message>
    <message>
        <source>Pending exposure</source>
        <translation>Offene Nachträge</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Open punch items</source>
        <translation>Offene Mängel</translation>
    </message>
    <message>
        <source>Inspection pass rate</source>
        <translation>Bestehensquote Prüfungen</translation>
    </message>
    <message>
        <source>Open NCRs / issues</source>
        <translation>Offene NCRs / Vorgänge</translation>
    </message>
    <message>
        <source>Budget roll-up</source>
        <translation>Budgetübersicht</translation>
    </message>
    <message>
        <source>Punch items by status</source>
        <translation>Mängel nach Status</translation>
    </message>
    <message>
        <source>Open punch items by contractor</source>
        <translation>Offene Mängel nach Auftragnehmer</translation>
    </message>
    <message>
        <source>Inspection results by month</source>
        <translation>Prüfergebnisse nach Monat</translation>
    </message>
    <message>
        <source>Risk matrix (open risks)</source>
        <translation>Risikomatrix (offene Risiken)</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts erfasst</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Dashboard — {code} {name}</source>
        <translation>Übersicht — {code} {name}</translation>
    </message>
    <message>
        <source>original {original} · {pct:+}%</source>
        <translation>ursprünglich {original} · {pct:+}%</translation>
    </message>
    <message>
        <source>{n} pending change(s) · contingency left {left}</source>
        <translation>{n} offene Nachträge · Reserve übrig {left}</translation>
    </message>
    <message>
        <source>{days} d slip</source>
        <translation>{days} T Verzug</translation>
    </message>
    <message>
        <source>{late} of {total} milestones late</source>
        <translation>{late} von {total} Meilensteinen verspätet</translation>
    </message>
    <message>
        <source>No milestones yet</source>
        <translation>Noch keine Meilensteine</translation>
    </message>
    <message>
        <source>{overdue} overdue · {total} in all</source>
        <translation>{overdue} überfällig · {total} insgesamt</translation>
    </message>
    <message>
        <source>{n} completed inspection(s)</source>
        <translation>{n} abgeschlossene Prüfung(en)</translation>
    </message>
    <message>
        <source>{ncrs} NCR(s) among {issues} open issue(s)</source>
        <translation>{ncrs} NCR(s) unter {issues} offenen Vorgängen</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Contingency left</source>
        <translation>Reserve übrig</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>Überfällig ({count})</translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <source>The day and its weather</source>
        <translation>Der Tag und sein Wetter</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Anything else of the day (Ctrl+Enter saves)</source>
        <translation>Sonstiges zum Tag (Strg+Enter speichert)</translation>
    </message>
    <message>
        <source>Photos of the day</source>
        <translation>Fotos des Tages</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Ergänzungen</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>No addenda. Corrections go here.</source>
        <translation>Keine Ergänzungen. Korrekturen kommen hierher.</translation>
    </message>
</context>
<context>
    <name>DbTools</name>
    <message>
        <source>Run &apos;executrek db check&apos;, then restore an earlier backup from {folder} with &apos;executrek db restore FILE&apos;.</source>
        <translation>Führen Sie &apos;executrek db check&apos; aus und stellen Sie dann eine frühere Sicherung aus {folder} mit &apos;executrek db restore DATEI&apos; wieder her.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: it cannot be read to the end.</source>
        <translation>Die Datenbank {path} ist beschädigt: Sie kann nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>No backup was made: the database {path} is damaged or is not a database, and a copy would carry the damage.</source>
        <translation>Es wurde keine Sicherung erstellt: Die Datenbank {path} ist beschädigt oder keine Datenbank, und eine Kopie würde den Schaden übernehmen.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is the database itself; give a backup to restore.</source>
        <translation>{path} ist die Datenbank selbst; geben Sie eine Sicherung zum Wiederherstellen an.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only; nothing was changed.</source>
        <translation>Der Datenordner {folder} ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Executrek Field is open on the data folder {folder}; close it, then restore again. Nothing was changed.</source>
        <translation>Executrek Field ist mit dem Datenordner {folder} geöffnet; schließen Sie es und stellen Sie dann erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not an Executrek database; nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Es ist keine Executrek-Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged (its integrity check failed); nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Die Datei ist beschädigt (ihre Integritätsprüfung ist fehlgeschlagen); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is empty (0 bytes); nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Die Datei ist leer (0 Byte); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not an Executrek database, or it is damaged; nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Es ist keine Executrek-Datenbank, oder sie ist beschädigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it was written by a newer version of Executrek Field (schema {revision}); nothing was changed. Install the latest version of the app to restore it.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Die Datei wurde von einer neueren Version von Executrek Field geschrieben (Schema {revision}); es wurde nichts geändert. Installieren Sie die neueste Version der App, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it has {count} broken reference(s) between records; nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Die Datei hat {count} fehlerhafte Verweis(e) zwischen Datensätzen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: its copy failed the check; nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: Ihre Kopie hat die Prüfung nicht bestanden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program; close it, then restore again. Nothing was replaced.</source>
        <translation>Die Datenbank {path} wird von einem anderen Programm verwendet; schließen Sie es und stellen Sie dann erneut wieder her. Es wurde nichts ersetzt.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Claim time for {number}</source>
        <translation>Bauzeitverlängerung für {number} beantragen</translation>
    </message>
    <message>
        <source>Grant time for {number}</source>
        <translation>Bauzeitverlängerung für {number} gewähren</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>{number} zurückweisen</translation>
    </message>
    <message>
        <source>Withdraw {number}</source>
        <translation>{number} zurückziehen</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> Kalendertage</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Tage</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>New delay event</source>
        <translation>Neue Behinderung</translation>
    </message>
    <message>
        <source>It has ended</source>
        <translation>Sie ist beendet</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Carried by</source>
        <translation>Zu &amp;vertreten von</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Activity hit</source>
        <translation>Betroffene &amp;Aktivität</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Was geschah</translation>
    </message>
</context>
<context>
    <name>DelaysTab</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Zu vertreten von</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>&amp;New delay event…</source>
        <translation>&amp;Neue Behinderung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>C&amp;laim time…</source>
        <translation>Bauzeit be&amp;antragen…</translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation>&amp;Gewähren…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Zurückweisen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Zurückzie&amp;hen…</translation>
    </message>
    <message>
        <source>Delay events: {count} · days claimed: {claimed} · days granted: {granted}</source>
        <translation>Behinderungen: {count} · Tage beantragt: {claimed} · Tage gewährt: {granted}</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>Loading the demo portfolio…</source>
        <translation>Demo-Portfolio wird geladen…</translation>
    </message>
    <message>
        <source>Load demo portfolio</source>
        <translation>Demo-Portfolio laden</translation>
    </message>
    <message>
        <source>Demo loading cancelled: {n} of {total} projects loaded.</source>
        <translation>Laden der Demo abgebrochen: {n} von {total} Projekten geladen.</translation>
    </message>
    <message>
        <source>Demo portfolio loaded.</source>
        <translation>Demo-Portfolio geladen.</translation>
    </message>
    <message>
        <source>Loading the demo portfolio… project {n} of {total}</source>
        <translation>Demo-Portfolio wird geladen… Projekt {n} von {total}</translation>
    </message>
    <message>
        <source>Stopping after this project…</source>
        <translation>Wird nach diesem Projekt angehalten…</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Sunny</source>
        <translation>Sonnig</translation>
    </message>
    <message>
        <source>Partly cloudy</source>
        <translation>Teilweise bewölkt</translation>
    </message>
    <message>
        <source>Overcast</source>
        <translation>Bedeckt</translation>
    </message>
    <message>
        <source>Fog</source>
        <translation>Nebel</translation>
    </message>
    <message>
        <source>Drizzle</source>
        <translation>Nieselregen</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Regen</translation>
    </message>
    <message>
        <source>Heavy rain</source>
        <translation>Starkregen</translation>
    </message>
    <message>
        <source>Thunderstorm</source>
        <translation>Gewitter</translation>
    </message>
    <message>
        <source>Snow</source>
        <translation>Schnee</translation>
    </message>
    <message>
        <source>Sleet</source>
        <translation>Schneeregen</translation>
    </message>
    <message>
        <source>Frost</source>
        <translation>Frost</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Windstill</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Gale</source>
        <translation>Sturm</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Trocken</translation>
    </message>
    <message>
        <source>Damp</source>
        <translation>Feucht</translation>
    </message>
    <message>
        <source>Wet</source>
        <translation>Nass</translation>
    </message>
    <message>
        <source>Muddy</source>
        <translation>Schlammig</translation>
    </message>
    <message>
        <source>Waterlogged</source>
        <translation>Aufgeweicht</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gefroren</translation>
    </message>
    <message>
        <source>Snow covered</source>
        <translation>Schneebedeckt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Broken down</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Witterung</translation>
    </message>
    <message>
        <source>Late information</source>
        <translation>Verspätete Planunterlagen/Informationen</translation>
    </message>
    <message>
        <source>Design change</source>
        <translation>Planungsänderung</translation>
    </message>
    <message>
        <source>Owner instruction</source>
        <translation>Anordnung des Bauherrn</translation>
    </message>
    <message>
        <source>Contractor resource</source>
        <translation>Kapazität des Auftragnehmers</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Versorger</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bauherr</translation>
    </message>
    <message>
        <source>Design team</source>
        <translation>Planungsteam</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Nachunternehmer</translation>
    </message>
    <message>
        <source>Utility or authority</source>
        <translation>Versorger oder Behörde</translation>
    </message>
    <message>
        <source>Neutral (nobody&apos;s fault)</source>
        <translation>Neutral (kein Verschulden)</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Noch nicht festgestellt</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Signed and closed</source>
        <translation>Unterschrieben und abgeschlossen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Morning weather</source>
        <translation>Wetter vormittags</translation>
    </message>
    <message>
        <source>Afternoon weather</source>
        <translation>Wetter nachmittags</translation>
    </message>
    <message>
        <source>Lowest temperature</source>
        <translation>Tiefsttemperatur</translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation>Höchsttemperatur</translation>
    </message>
    <message>
        <source>Rain or snow (mm)</source>
        <translation>Niederschlag (mm)</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Hours weather stopped work</source>
        <translation>Witterungsbedingte Ausfallstunden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Contractors affected</source>
        <translation>Betroffene Auftragnehmer</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gewerk</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Angenommen von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Locations affected</source>
        <translation>Betroffene Orte</translation>
    </message>
    <message>
        <source>Schedule activity</source>
        <translation>Terminplanaktivität</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Erteilt oder erhalten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Safety issue</source>
        <translation>Vorgang Arbeitssicherheit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Funktion</translation>
    </message>
    <message>
        <source>Manpower</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Equipment on site</source>
        <translation>Geräte auf der Baustelle</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Work performed</source>
        <translation>Ausgeführte Arbeiten</translation>
    </message>
    <message>
        <source>Delays and disruptions</source>
        <translation>Behinderungen und Störungen</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anordnungen</translation>
    </message>
    <message>
        <source>Safety observations</source>
        <translation>Beobachtungen zur Arbeitssicherheit</translation>
    </message>
</context>
<context>
    <name>DiaryCalendar</name>
    <message>
        <source>{date}: no diary yet</source>
        <translation>{date}: noch kein Bautagebuch</translation>
    </message>
    <message>
        <source>{date}: {number}, {status}, {people} on site</source>
        <translation>{date}: {number}, {status}, {people} auf der Baustelle</translation>
    </message>
    <message>
        <source>, delays recorded</source>
        <translation>, Behinderungen erfasst</translation>
    </message>
    <message>
        <source>Diary days</source>
        <translation>Bautagebuchtage</translation>
    </message>
</context>
<context>
    <name>DiaryDialogs</name>
    <message>
        <source>Sign and close {number}</source>
        <translation>{number} unterschreiben und abschließen</translation>
    </message>
    <message>
        <source>Once signed, {number} can no longer change: corrections become addenda. The signature and the day&apos;s content hash are kept as evidence.</source>
        <translation>Nach der Unterschrift kann {number} nicht mehr geändert werden: Korrekturen werden zu Ergänzungen. Die Unterschrift und der Hash des Tagesinhalts werden als Nachweis aufbewahrt.</translation>
    </message>
    <message>
        <source>Addendum to {number}</source>
        <translation>Ergänzung zu {number}</translation>
    </message>
    <message>
        <source>{number} is signed and closed. An addendum is kept beside it with your name and the time; the day itself does not change.</source>
        <translation>{number} ist unterschrieben und abgeschlossen. Eine Ergänzung wird daneben mit Ihrem Namen und der Uhrzeit aufbewahrt; der Tag selbst ändert sich nicht.</translation>
    </message>
</context>
<context>
    <name>DiaryEdits</name>
    <message>
        <source>A large headcount</source>
        <translation>Hohe Personenzahl</translation>
    </message>
    <message>
        <source>{count} people on one line is a lot. Keep it?</source>
        <translation>{count} Personen in einer Zeile sind viel. Beibehalten?</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>Add a line to {section}</source>
        <translation>Zeile zu {section} hinzufügen</translation>
    </message>
    <message>
        <source>Edit a line of {section}</source>
        <translation>Zeile in {section} bearbeiten</translation>
    </message>
    <message>
        <source>Remove a line of {section}</source>
        <translation>Zeile aus {section} entfernen</translation>
    </message>
    <message>
        <source>Open a day first, then copy into it.</source>
        <translation>Öffnen Sie zuerst einen Tag und kopieren Sie dann hinein.</translation>
    </message>
    <message>
        <source>Copy {day} into {number}</source>
        <translation>{day} in {number} kopieren</translation>
    </message>
    <message>
        <source>Copied the weather and {count} manpower lines from {day}.</source>
        <translation>Wetter und {count} Personalzeilen von {day} übernommen.</translation>
    </message>
    <message>
        <source>Raised and linked to {number}.</source>
        <translation>Erfasst und mit {number} verknüpft.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Site diary</source>
        <translation>Bautagebuch</translation>
    </message>
    <message>
        <source>Date of the diary</source>
        <translation>Datum des Bautagebuchs</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Open day</source>
        <translation>Tag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the diary of the date (a new one if none)</source>
        <translation>Das Bautagebuch des Datums öffnen (ein neues, falls keines existiert)</translation>
    </message>
    <message>
        <source>Copy &amp;yesterday</source>
        <translation>&amp;Gestern übernehmen</translation>
    </message>
    <message>
        <source>The previous diary day&apos;s weather and manpower into this day (Ctrl+D)</source>
        <translation>Wetter und Personal des vorherigen Tagebuchtags in diesen Tag übernehmen (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Raise…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>&amp;Sign and close…</source>
        <translation>&amp;Unterschreiben und abschließen…</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>E&amp;rgänzung hinzufügen…</translation>
    </message>
    <message>
        <source>The &amp;day</source>
        <translation>Der &amp;Tag</translation>
    </message>
    <message>
        <source>Delay re&amp;gister</source>
        <translation>&amp;Behinderungsregister</translation>
    </message>
    <message>
        <source>A &amp;punch item</source>
        <translation>Einen &amp;Mangel</translation>
    </message>
    <message>
        <source>An &amp;issue</source>
        <translation>Einen &amp;Vorgang</translation>
    </message>
    <message>
        <source>A &amp;safety issue</source>
        <translation>Einen Vorgang zur &amp;Arbeitssicherheit</translation>
    </message>
    <message>
        <source>A &amp;change event</source>
        <translation>Ein Ä&amp;nderungsereignis</translation>
    </message>
    <message>
        <source>Copy yesterday&apos;s weather and manpower</source>
        <translation>Wetter und Personal von gestern übernehmen</translation>
    </message>
    <message>
        <source>{date} is still to come: a diary is written on its day.</source>
        <translation>{date} liegt noch in der Zukunft: Ein Bautagebuch wird an seinem Tag geschrieben.</translation>
    </message>
    <message>
        <source>There is no diary for {date} yet.</source>
        <translation>Für {date} gibt es noch kein Bautagebuch.</translation>
    </message>
    <message>
        <source>Start the diary of {date}</source>
        <translation>Bautagebuch für {date} beginnen</translation>
    </message>
    <message>
        <source>{count} on site</source>
        <translation>{count} auf der Baustelle</translation>
    </message>
    <message>
        <source>read-only: corrections are addenda</source>
        <translation>schreibgeschützt: Korrekturen sind Ergänzungen</translation>
    </message>
</context>
<context>
    <name>DiaryRegister</name>
    <message>
        <source>All delays</source>
        <translation>Alle Behinderungen</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Bautagebuch</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation>Summen nach</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>DiarySections</name>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>{name}: {people} people · {hours} h</source>
        <translation>{name}: {people} Personen · {hours} h</translation>
    </message>
    <message>
        <source>In all: {people} people · {hours} h</source>
        <translation>Insgesamt: {people} Personen · {hours} h</translation>
    </message>
</context>
<context>
    <name>DirectoryColumns</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Slip (days)</source>
        <translation>Verzug (Tage)</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory, locations and milestones</source>
        <translation>Verzeichnis, Orte und Meilensteine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Organisations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Organisationen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Contractors and people</source>
        <translation>Firmen und Personen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Unter</translation>
    </message>
    <message>
        <source>Add location under the selected one</source>
        <translation>Ort unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Set forecast of selected</source>
        <translation>Prognose der Auswahl setzen</translation>
    </message>
    <message>
        <source>Set actual of selected</source>
        <translation>Ist-Termin der Auswahl setzen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>downloading {percent} %</source>
        <translation>wird heruntergeladen: {percent} %</translation>
    </message>
    <message>
        <source>{code} is still downloading from the central database; it opens once the download is complete (the next sync continues it).</source>
        <translation>{code} wird noch von der zentralen Datenbank heruntergeladen; das Projekt öffnet sich, sobald der Download abgeschlossen ist (die nächste Synchronisation setzt ihn fort).</translation>
    </message>
    <message>
        <source>{code} is still downloading from the central database ({percent} % so far); it opens once the download is complete (the next sync continues it).</source>
        <translation>{code} wird noch von der zentralen Datenbank heruntergeladen (bisher {percent} %); das Projekt öffnet sich, sobald der Download abgeschlossen ist (die nächste Synchronisation setzt ihn fort).</translation>
    </message>
</context>
<context>
    <name>Drawings</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Architectural</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Structural</source>
        <translation>Tragwerk</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>Tiefbau</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Freianlagen</translation>
    </message>
    <message>
        <source>Interiors</source>
        <translation>Innenausbau</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>HLK</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Elektro</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>Sanitär</translation>
    </message>
    <message>
        <source>Fire protection</source>
        <translation>Brandschutz</translation>
    </message>
    <message>
        <source>MEP</source>
        <translation>TGA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>{count} revision(s)</source>
        <translation>{count} Revision(en)</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Pins</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>The drawing “{name}” could not be found or read; check the file and try again.</source>
        <translation>Der Plan „{name}“ wurde nicht gefunden oder konnte nicht gelesen werden; prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file “{name}” is empty; copy the drawing again from its source.</source>
        <translation>Die Datei „{name}“ ist leer; kopieren Sie den Plan erneut aus seiner Quelle.</translation>
    </message>
    <message>
        <source>The file “{name}” is {size} MB, more than the {limit} MB a drawing may have; split the set into smaller files.</source>
        <translation>Die Datei „{name}“ hat {size} MB, mehr als die für einen Plan zulässigen {limit} MB; teilen Sie den Plansatz in kleinere Dateien.</translation>
    </message>
    <message>
        <source>The file “{name}” is not a PDF, PNG or JPEG drawing; export the sheet as PDF and import that.</source>
        <translation>Die Datei „{name}“ ist kein Plan im Format PDF, PNG oder JPEG; exportieren Sie den Plan als PDF und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The PDF “{name}” is password-protected; ask the sender for an unprotected copy.</source>
        <translation>Das PDF „{name}“ ist kennwortgeschützt; bitten Sie den Absender um eine ungeschützte Kopie.</translation>
    </message>
    <message>
        <source>The file “{name}” is damaged or incomplete and cannot be read; copy or download it again.</source>
        <translation>Die Datei „{name}“ ist beschädigt oder unvollständig und kann nicht gelesen werden; kopieren oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The PDF “{name}” uses a protection scheme that cannot be opened; ask the sender for an unprotected copy.</source>
        <translation>Das PDF „{name}“ verwendet einen Schutz, der nicht geöffnet werden kann; bitten Sie den Absender um eine ungeschützte Kopie.</translation>
    </message>
    <message>
        <source>The PDF “{name}” has {pages} pages, more than the {limit} a drawing set may have; split it into smaller sets.</source>
        <translation>Das PDF „{name}“ hat {pages} Seiten, mehr als die für einen Plansatz zulässigen {limit}; teilen Sie es in kleinere Plansätze.</translation>
    </message>
    <message>
        <source>Page {page} of “{name}” has an unusable size ({width} × {height} pt); fix or remove that page and import the file again.</source>
        <translation>Seite {page} von „{name}“ hat eine unbrauchbare Größe ({width} × {height} pt); korrigieren oder entfernen Sie diese Seite und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Page {page} of “{name}” is damaged and cannot be shown; import a fresh copy of the drawing.</source>
        <translation>Seite {page} von „{name}“ ist beschädigt und kann nicht angezeigt werden; importieren Sie eine neue Kopie des Plans.</translation>
    </message>
    <message>
        <source>The scan “{name}” is {mp} megapixels, more than the {limit} a drawing scan may have; scan at 300 dpi or less, or save it as PDF or JPEG.</source>
        <translation>Der Scan „{name}“ hat {mp} Megapixel, mehr als die für einen Planscan zulässigen {limit}; scannen Sie mit höchstens 300 dpi oder speichern Sie ihn als PDF oder JPEG.</translation>
    </message>
    <message>
        <source>That view would need a {mp} megapixel image, more than the {limit} allowed; zoom in or render a smaller area.</source>
        <translation>Diese Ansicht bräuchte ein Bild mit {mp} Megapixeln, mehr als die zulässigen {limit}; vergrößern Sie oder stellen Sie einen kleineren Bereich dar.</translation>
    </message>
    <message>
        <source>Page {page} does not exist; the drawing has {pages} page(s).</source>
        <translation>Seite {page} existiert nicht; der Plan hat {pages} Seite(n).</translation>
    </message>
    <message>
        <source>There was not enough memory to open “{name}”; close other programs and try again.</source>
        <translation>Nicht genug Arbeitsspeicher, um „{name}“ zu öffnen; schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{new} new sheet(s), {revs} new revision(s), {bad} file(s) refused</source>
        <translation>Neue Pläne: {new}, neue Revisionen: {revs}, abgelehnte Dateien: {bad}</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read ({error}).</source>
        <translation>Die Datei „{name}“ konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>“{name}”: {error}</source>
        <translation>„{name}“: {error}</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Pläne importieren</translation>
    </message>
    <message>
        <source>Drawings (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Pläne (*.pdf *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>…and {count} more (see the details).</source>
        <translation>…und {count} weitere (siehe Details).</translation>
    </message>
    <message>
        <source>Importing drawings…</source>
        <translation>Pläne werden importiert…</translation>
    </message>
    <message>
        <source>Importing drawings… {done} of {total} file(s)</source>
        <translation>Pläne werden importiert… {done} von {total} Datei(en)</translation>
    </message>
</context>
<context>
    <name>DrawingsPage</name>
    <message>
        <source>Drawings</source>
        <extracomment>Tile size: 256 px renders ~1.2× the visible pixels after a zoom step, 512 px ~1.9× (docs/drawings.md); the view asks for 2×2 blocks, one engine call each. Tiles kept decoded in memory (256² RGB ≈ 0.2 MB each): a few screens&apos; worth.</extracomment>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>&amp;Import drawings…</source>
        <translation>Pläne &amp;importieren…</translation>
    </message>
    <message>
        <source>PDF sets or PNG/JPEG scans, one sheet per page</source>
        <translation>PDF-Plansätze oder PNG/JPEG-Scans, ein Plan pro Seite</translation>
    </message>
    <message>
        <source>&amp;Edit sheets…</source>
        <translation>Pläne &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Number, title, discipline, location, revision</source>
        <translation>Nummer, Titel, Fachbereich, Ort, Revision</translation>
    </message>
    <message>
        <source>Print location &amp;labels…</source>
        <translation>Orts&amp;etiketten drucken…</translation>
    </message>
    <message>
        <source>A PDF of QR labels for the project&apos;s rooms and areas</source>
        <translation>Ein PDF mit QR-Etiketten für die Räume und Bereiche des Projekts</translation>
    </message>
    <message>
        <source>Search number or title</source>
        <translation>Nummer oder Titel suchen</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Alle Fachbereiche</translation>
    </message>
    <message>
        <source>No sheets yet. Import the drawing set (PDF, or PNG/JPEG scans).</source>
        <translation>Noch keine Pläne. Importieren Sie den Plansatz (PDF oder PNG/JPEG-Scans).</translation>
    </message>
    <message>
        <source>Import drawings</source>
        <translation>Pläne importieren</translation>
    </message>
    <message>
        <source>Search the sheets</source>
        <translation>Pläne durchsuchen</translation>
    </message>
    <message>
        <source>Pins: {statuses} · ● punch item · ◆ issue</source>
        <translation>Pins: {statuses} · ● Mangel · ◆ Vorgang</translation>
    </message>
    <message>
        <source>{count} sheet(s)</source>
        <translation>Pläne: {count}</translation>
    </message>
    <message>
        <source>&amp;Edit {count} sheets…</source>
        <translation>{count} Pläne &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Edit sheet…</source>
        <translation>Plan &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Print location labels</source>
        <translation>Ortsetiketten drucken</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Location labels</source>
        <translation>Ortsetiketten</translation>
    </message>
    <message>
        <source>{count} label(s) written to {path}. Open the PDF now?</source>
        <translation>{count} Etikett(en) nach {path} geschrieben. PDF jetzt öffnen?</translation>
    </message>
    <message>
        <source>This project has no locations yet; add its buildings, floors and rooms in the Directory first.</source>
        <translation>Dieses Projekt hat noch keine Orte; legen Sie zuerst im Verzeichnis seine Gebäude, Geschosse und Räume an.</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <source>Double-click a change order to open it</source>
        <translation>Doppelklicken Sie auf einen Nachtrag, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Schedule of values</source>
        <translation>Leistungsverzeichnis</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Payment applications</source>
        <translation>Abschlagsrechnungen</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vertrag / Bestellung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Cost code</source>
        <translation>Kostengruppe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Scheduled value</source>
        <translation>LV-Wert</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt durch</translation>
    </message>
    <message>
        <source>Decided: not in the pending figure</source>
        <translation>Entschieden: nicht im offenen Betrag enthalten</translation>
    </message>
    <message>
        <source>{pct} % of {amount} (the {tier} weight)</source>
        <translation>{pct} % von {amount} (Gewichtung für {tier})</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On this line</source>
        <translation>Auf dieser Position</translation>
    </message>
    <message>
        <source>Pending
(weighted)</source>
        <translation>Offen
(gewichtet)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Abschlagsrechnung</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Bescheinigt</translation>
    </message>
    <message>
        <source>Select a budget line to see its commitments, changes and payments.</source>
        <translation>Wählen Sie eine Budgetposition aus, um ihre Verträge und Bestellungen, Nachträge und Zahlungen zu sehen.</translation>
    </message>
    <message>
        <source>{sov} schedule-of-values lines ({total}) · {changes} change orders · {apps} payment applications</source>
        <translation>{sov} LV-Positionen ({total}) · {changes} Nachträge · {apps} Abschlagsrechnungen</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>07:30</source>
        <translation>07:30</translation>
    </message>
</context>
<context>
    <name>EntrySection</name>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>An issue, RFI or change order about this delay</source>
        <translation>Ein Vorgang, eine Rückfrage oder ein Nachtrag zu dieser Behinderung</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Verknüpfen mit</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Zeile speichern</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unknown record type &apos;{value}&apos;.</source>
        <translation>Unbekannter Datensatztyp „{value}“.</translation>
    </message>
    <message>
        <source>{field} above 100% is not plausible.</source>
        <translation>{field} über 100 % ist nicht plausibel.</translation>
    </message>
    <message>
        <source>The commitment belongs to another project.</source>
        <translation>Der Vertrag bzw. die Bestellung gehört zu einem anderen Projekt.</translation>
    </message>
    <message>
        <source>{number} is {status}; a change order modifies an executed commitment.</source>
        <translation>{number} ist {status}; ein Nachtrag ändert einen unterzeichneten Vertrag bzw. eine unterzeichnete Bestellung.</translation>
    </message>
    <message>
        <source>The contractor is not the contractor of {number}.</source>
        <translation>Der Auftragnehmer ist nicht der Auftragnehmer von {number}.</translation>
    </message>
    <message>
        <source>Line {position} names a schedule-of-values line of another commitment.</source>
        <translation>Zeile {position} nennt eine Position des Leistungsverzeichnisses eines anderen Vertrags bzw. einer anderen Bestellung.</translation>
    </message>
    <message>
        <source>{number} is {status}; only drafts can be edited (revise it first).</source>
        <translation>{number} ist {status}; nur Entwürfe können bearbeitet werden (überarbeiten Sie sie zuerst).</translation>
    </message>
    <message>
        <source>{number} has no line items; add the cost before submitting.</source>
        <translation>{number} hat keine Positionen; erfassen Sie die Kosten vor dem Einreichen.</translation>
    </message>
    <message>
        <source>{number} is already an executed change order.</source>
        <translation>{number} ist bereits ein unterzeichneter Nachtrag.</translation>
    </message>
    <message>
        <source>An approval needs the approver&apos;s name.</source>
        <translation>Eine Genehmigung braucht den Namen der genehmigenden Person.</translation>
    </message>
    <message>
        <source>Rejecting a change order needs a reason.</source>
        <translation>Das Ablehnen eines Nachtrags braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Voiding a change order needs a reason.</source>
        <translation>Das Ungültigerklären eines Nachtrags braucht eine Begründung.</translation>
    </message>
    <message>
        <source>{number} must be approved before it moves to the next tier.</source>
        <translation>{number} muss genehmigt sein, bevor er zur nächsten Stufe geht.</translation>
    </message>
    <message>
        <source>Cost code {code} is already used.</source>
        <translation>Die Kostengruppe {code} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>There is no cost code {code} in this project.</source>
        <translation>In diesem Projekt gibt es keine Kostengruppe {code}.</translation>
    </message>
    <message>
        <source>The funding amount</source>
        <translation>Der Finanzierungsbetrag</translation>
    </message>
    <message>
        <source>Funding source {name} already exists.</source>
        <translation>Die Finanzierungsquelle {name} existiert bereits.</translation>
    </message>
    <message>
        <source>The original budget</source>
        <translation>Das ursprüngliche Budget</translation>
    </message>
    <message>
        <source>cost code {code} is also on row {other}.</source>
        <translation>Kostengruppe {code} steht auch in Zeile {other}.</translation>
    </message>
    <message>
        <source>there is no cost code {code} (the parent of {child}).</source>
        <translation>es gibt keine Kostengruppe {code} (die übergeordnete von {child}).</translation>
    </message>
    <message>
        <source>cost code {code} would be its own ancestor.</source>
        <translation>Kostengruppe {code} wäre ihr eigener Vorfahre.</translation>
    </message>
    <message>
        <source>there is no cost code {code}.</source>
        <translation>es gibt keine Kostengruppe {code}.</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Der Betrag</translation>
    </message>
    <message>
        <source>{code} {title} is also on row {other}.</source>
        <translation>{code} {title} steht auch in Zeile {other}.</translation>
    </message>
    <message>
        <source>{label} must be a number (got &apos;{value}&apos;).</source>
        <translation>{label} muss eine Zahl sein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{label} must be a finite number.</source>
        <translation>{label} muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>{label} cannot be negative (got {value}).</source>
        <translation>{label} kann nicht negativ sein (erhalten: {value}).</translation>
    </message>
    <message>
        <source>{label} has more than 2 decimals ({value}); amounts are kept to the cent.</source>
        <translation>{label} hat mehr als 2 Nachkommastellen ({value}); Beträge werden auf den Cent genau geführt.</translation>
    </message>
    <message>
        <source>{label} is too large ({value}).</source>
        <translation>{label} ist zu groß ({value}).</translation>
    </message>
    <message>
        <source>{label} must be between 0 and 100 % (got {value} %).</source>
        <translation>{label} muss zwischen 0 und 100 % liegen (erhalten: {value} %).</translation>
    </message>
    <message>
        <source>{label} has more than 2 decimals ({value} %).</source>
        <translation>{label} hat mehr als 2 Nachkommastellen ({value} %).</translation>
    </message>
    <message>
        <source>The {label} belongs to another project.</source>
        <translation>{label} gehört zu einem anderen Projekt.</translation>
    </message>
    <message>
        <source>{action} needs a reason.</source>
        <translation>{action} braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters; at most 4000).</source>
        <translation>Die Begründung ist zu lang ({length} Zeichen; höchstens 4000).</translation>
    </message>
    <message>
        <source>{action} needs the name of the person deciding.</source>
        <translation>{action} braucht den Namen der entscheidenden Person.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>{label} is required (0 for none).</source>
        <translation>{label} ist erforderlich (0 für keinen).</translation>
    </message>
    <message>
        <source>The finish ({finish}) is before the start ({start}).</source>
        <translation>Das Ende ({finish}) liegt vor dem Beginn ({start}).</translation>
    </message>
    <message>
        <source>The contract value</source>
        <translation>Der Vertragswert</translation>
    </message>
    <message>
        <source>A reduced retainage needs both the reduced rate and the completion it starts at.</source>
        <translation>Ein verringerter Sicherheitseinbehalt braucht sowohl den verringerten Satz als auch den Fertigstellungsgrad, ab dem er gilt.</translation>
    </message>
    <message>
        <source>{number} is {status}; its value, contractor and retainage terms change only while it is a draft (later by change order).</source>
        <translation>{number} ist {status}; Wert, Auftragnehmer und Einbehaltsbedingungen ändern sich nur im Entwurf (später durch Nachtrag).</translation>
    </message>
    <message>
        <source>The rate</source>
        <translation>Der Einheitspreis</translation>
    </message>
    <message>
        <source>{number} is void.</source>
        <translation>{number} ist ungültig.</translation>
    </message>
    <message>
        <source>Rate item {item} is already in the schedule of rates.</source>
        <translation>Die Preisposition {item} steht bereits im Preisverzeichnis.</translation>
    </message>
    <message>
        <source>The schedule of values adds up to {sov}, not the contract value {value}.</source>
        <translation>Das Leistungsverzeichnis ergibt in Summe {sov}, nicht den Vertragswert {value}.</translation>
    </message>
    <message>
        <source>{number} still has an open pay application ({app}); certify or void it first.</source>
        <translation>{number} hat noch eine offene Abschlagsrechnung ({app}); bescheinigen Sie sie zuerst oder erklären Sie sie für ungültig.</translation>
    </message>
    <message>
        <source>The budget line no longer exists.</source>
        <translation>Die Budgetposition existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The payment application no longer exists.</source>
        <translation>Die Abschlagsrechnung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Das Projekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A decision</source>
        <translation>Eine Entscheidung</translation>
    </message>
    <message>
        <source>lines are decided while it is under review</source>
        <translation>Positionen werden entschieden, solange sie in Prüfung ist</translation>
    </message>
    <message>
        <source>The approved amount</source>
        <translation>Der genehmigte Betrag</translation>
    </message>
    <message>
        <source>An approval takes the claim as it is; reduce the line to approve less.</source>
        <translation>Eine Genehmigung übernimmt die Forderung unverändert; kürzen Sie die Zeile, um weniger zu genehmigen.</translation>
    </message>
    <message>
        <source>Rejecting a line</source>
        <translation>Das Ablehnen einer Position</translation>
    </message>
    <message>
        <source>Reducing a line</source>
        <translation>Das Kürzen einer Position</translation>
    </message>
    <message>
        <source>The approved work</source>
        <translation>Die genehmigte Leistung</translation>
    </message>
    <message>
        <source>The approved stored materials</source>
        <translation>Das genehmigte gelagerte Material</translation>
    </message>
    <message>
        <source>A reduction cannot approve more than the claim ({work} and {stored}).</source>
        <translation>Eine Kürzung kann nicht mehr genehmigen als die Forderung ({work} und {stored}).</translation>
    </message>
    <message>
        <source>That is the claim as it is; approve the line instead.</source>
        <translation>Das ist die Forderung unverändert; genehmigen Sie stattdessen die Zeile.</translation>
    </message>
    <message>
        <source>The withholding</source>
        <translation>Der Einbehalt</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Ein Einbehalt</translation>
    </message>
    <message>
        <source>its withholding can no longer change</source>
        <translation>ihr Einbehalt kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>The retainage released</source>
        <translation>Der freigegebene Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>its retainage release can no longer change</source>
        <translation>ihre Freigabe des Sicherheitseinbehalts kann nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>Releasing {amount} is more than the retainage held ({held}).</source>
        <translation>Eine Freigabe von {amount} ist mehr als der einbehaltene Sicherheitseinbehalt ({held}).</translation>
    </message>
    <message>
        <source>Certifying a payment</source>
        <translation>Das Bestätigen einer Zahlung</translation>
    </message>
    <message>
        <source>The payment due would be negative ({amount}); lower the withholding or the retainage release.</source>
        <translation>Die fällige Zahlung wäre negativ ({amount}); verringern Sie den Einbehalt oder die Freigabe des Sicherheitseinbehalts.</translation>
    </message>
    <message>
        <source>More retainage is released than is held ({held}).</source>
        <translation>Es wird mehr Sicherheitseinbehalt freigegeben als einbehalten ist ({held}).</translation>
    </message>
    <message>
        <source>{count} line(s) of {number} are not decided yet (items {items}).</source>
        <translation>{count} Zeile(n) von {number} sind noch nicht entschieden (Positionen {items}).</translation>
    </message>
    <message>
        <source>Rejecting an application</source>
        <translation>Das Ablehnen einer Abschlagsrechnung</translation>
    </message>
    <message>
        <source>Voiding an application</source>
        <translation>Das Stornieren einer Abschlagsrechnung</translation>
    </message>
    <message>
        <source>{number} is {status}; {what}.</source>
        <translation>{number} ist {status}; {what}.</translation>
    </message>
    <message>
        <source>The period {start} to {end} overlaps {number} ({other_start} to {other_end}), which is already certified.</source>
        <translation>Der Zeitraum {start} bis {end} überschneidet sich mit {number} ({other_start} bis {other_end}), die bereits bescheinigt ist.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Der Zeitraum endet ({end}), bevor er beginnt ({start}).</translation>
    </message>
    <message>
        <source>{number} is {status}; pay applications are made against an executed commitment.</source>
        <translation>{number} ist {status}; Abschlagsrechnungen werden gegen einen unterzeichneten Vertrag bzw. eine unterzeichnete Bestellung gestellt.</translation>
    </message>
    <message>
        <source>{number} is still {status}; certify or void it before the next application of {commitment}.</source>
        <translation>{number} ist noch {status}; bescheinigen Sie sie oder erklären Sie sie für ungültig vor der nächsten Abschlagsrechnung zu {commitment}.</translation>
    </message>
    <message>
        <source>Work completed this period</source>
        <translation>In diesem Zeitraum erbrachte Leistung</translation>
    </message>
    <message>
        <source>Materials presently stored</source>
        <translation>Derzeit gelagertes Material</translation>
    </message>
    <message>
        <source>Item {item}: {completed} completed and stored to date is more than its scheduled value {scheduled} (over 100 %).</source>
        <translation>Position {item}: {completed} bis heute erbracht und gelagert ist mehr als ihr LV-Wert {scheduled} (über 100 %).</translation>
    </message>
    <message>
        <source>the claim is entered while it is a draft</source>
        <translation>die Forderung wird erfasst, solange sie ein Entwurf ist</translation>
    </message>
    <message>
        <source>item {item} is not on the schedule of values of {number}.</source>
        <translation>Position {item} steht nicht im Leistungsverzeichnis von {number}.</translation>
    </message>
    <message>
        <source>item {item} is also on row {other}.</source>
        <translation>Position {item} steht auch in Zeile {other}.</translation>
    </message>
    <message>
        <source>The change order no longer exists.</source>
        <translation>Der Nachtrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That change order does not modify {number}.</source>
        <translation>Dieser Nachtrag ändert {number} nicht.</translation>
    </message>
    <message>
        <source>A change order adds schedule-of-values lines once it is approved.</source>
        <translation>Ein Nachtrag fügt Positionen des Leistungsverzeichnisses hinzu, sobald er genehmigt ist.</translation>
    </message>
    <message>
        <source>The scheduled value</source>
        <translation>Der LV-Wert</translation>
    </message>
    <message>
        <source>{number} is {status}; change orders add lines to an executed commitment.</source>
        <translation>{number} ist {status}; Nachträge fügen einem unterzeichneten Vertrag bzw. einer unterzeichneten Bestellung Positionen hinzu.</translation>
    </message>
    <message>
        <source>Item {item} is already on the schedule of values.</source>
        <translation>Position {item} steht bereits im Leistungsverzeichnis.</translation>
    </message>
    <message>
        <source>{number} is {status}; its schedule of values changes only by change order now.</source>
        <translation>{number} ist {status}; sein Leistungsverzeichnis ändert sich jetzt nur noch durch Nachtrag.</translation>
    </message>
    <message>
        <source>there is no cost code {code} in this project.</source>
        <translation>in diesem Projekt gibt es keine Kostengruppe {code}.</translation>
    </message>
    <message>
        <source>Item {item} is claimed in {app}; a line with claims cannot be removed.</source>
        <translation>Position {item} ist in {app} abgerechnet; eine Zeile mit Abrechnungen kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>A transfer needs a line to take from or give to.</source>
        <translation>Eine Umschichtung braucht eine Position, der sie etwas entnimmt oder gibt.</translation>
    </message>
    <message>
        <source>A transfer needs two different budget lines.</source>
        <translation>Eine Umschichtung braucht zwei verschiedene Budgetpositionen.</translation>
    </message>
    <message>
        <source>{line} is closed; a transfer cannot give to it.</source>
        <translation>{line} ist geschlossen; eine Umschichtung kann ihr nichts geben.</translation>
    </message>
    <message>
        <source>Taking {amount} from {line} would leave it at {left}.</source>
        <translation>Die Entnahme von {amount} aus {line} würde sie auf {left} bringen.</translation>
    </message>
    <message>
        <source>The transfer amount</source>
        <translation>Der Umschichtungsbetrag</translation>
    </message>
    <message>
        <source>A transfer needs an amount above zero.</source>
        <translation>Eine Umschichtung braucht einen Betrag über null.</translation>
    </message>
    <message>
        <source>{number} is {status}; only drafts can be edited.</source>
        <translation>{number} ist {status}; nur Entwürfe können bearbeitet werden.</translation>
    </message>
    <message>
        <source>Approving a transfer</source>
        <translation>Das Genehmigen einer Umbuchung</translation>
    </message>
    <message>
        <source>Rejecting a transfer</source>
        <translation>Das Ablehnen einer Umbuchung</translation>
    </message>
    <message>
        <source>Voiding a transfer</source>
        <translation>Das Stornieren einer Umbuchung</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed} (got &apos;{value}&apos;).</source>
        <translation>{field} muss eines von {allowed} sein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{number} is signed and closed; it can no longer change. Add an addendum instead.</source>
        <translation>{number} ist unterschrieben und abgeschlossen; er kann sich nicht mehr ändern. Fügen Sie stattdessen eine Ergänzung hinzu.</translation>
    </message>
    <message>
        <source>A diary day needs its author: say who you are first (Settings).</source>
        <translation>Ein Bautagebuchtag braucht seinen Verfasser: Geben Sie zuerst an, wer Sie sind (Einstellungen).</translation>
    </message>
    <message>
        <source>A diary day cannot be in the future ({value}; today is {today}).</source>
        <translation>Ein Bautagebuchtag kann nicht in der Zukunft liegen ({value}; heute ist {today}).</translation>
    </message>
    <message>
        <source>{field} must be at most {high} (got {value}).</source>
        <translation>{field} darf höchstens {high} sein (erhalten: {value}).</translation>
    </message>
    <message>
        <source>{field} ({low} °C) is above the maximum ({high} °C).</source>
        <translation>{field} ({low} °C) liegt über dem Höchstwert ({high} °C).</translation>
    </message>
    <message>
        <source>{field} names nothing in this project (&apos;{value}&apos;).</source>
        <translation>{field} bezeichnet nichts in diesem Projekt („{value}“).</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} ist erforderlich.</translation>
    </message>
    <message>
        <source>{field} must be a whole number (got &apos;{value}&apos;).</source>
        <translation>{field} muss eine ganze Zahl sein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{field} cannot be negative (got {value}).</source>
        <translation>{field} kann nicht negativ sein (erhalten: {value}).</translation>
    </message>
    <message>
        <source>{field} of {value} is more than {limit} people on one line; confirm it if it is right.</source>
        <translation>{field} von {value} sind mehr als {limit} Personen in einer Zeile; bestätigen Sie es, wenn es stimmt.</translation>
    </message>
    <message>
        <source>{field} must be a time like 07:30 (got &apos;{value}&apos;).</source>
        <translation>{field} muss eine Uhrzeit wie 07:30 sein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{field} must be a list of ids.</source>
        <translation>{field} muss eine Liste von IDs sein.</translation>
    </message>
    <message>
        <source>{field} is not a field of a diary entry of this kind.</source>
        <translation>{field} ist kein Feld eines Tagebucheintrags dieser Art.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before {start}.</source>
        <translation>{field} ({end}) liegt vor {start}.</translation>
    </message>
    <message>
        <source>There is no earlier diary day of yours in this project to copy from.</source>
        <translation>In diesem Projekt gibt es keinen früheren Bautagebuchtag von Ihnen, von dem kopiert werden kann.</translation>
    </message>
    <message>
        <source>Closing a diary day needs the signer&apos;s name.</source>
        <translation>Das Abschließen eines Bautagebuchtags braucht den Namen der unterschreibenden Person.</translation>
    </message>
    <message>
        <source>Only its author can sign and close {number}.</source>
        <translation>Nur der Verfasser kann {number} unterschreiben und abschließen.</translation>
    </message>
    <message>
        <source>A day is signed on or after its date and not in the future.</source>
        <translation>Ein Tag wird an oder nach seinem Datum unterschrieben und nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>{number} is still open: edit it instead of adding an addendum.</source>
        <translation>{number} ist noch offen: Bearbeiten Sie ihn, statt eine Ergänzung hinzuzufügen.</translation>
    </message>
    <message>
        <source>A delay links to issues, RFIs and change orders only (got &apos;{value}&apos;).</source>
        <translation>Eine Behinderung verweist nur auf Vorgänge, RFIs und Nachträge (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{field} must lie on the sheet (between 0 and 1).</source>
        <translation>{field} muss auf dem Plan liegen (zwischen 0 und 1).</translation>
    </message>
    <message>
        <source>{field} must be a page size in points (got {value}).</source>
        <translation>{field} muss eine Seitengröße in Punkt sein (erhalten: {value}).</translation>
    </message>
    <message>
        <source>{field} must be a punch item or a contractor issue (got &apos;{value}&apos;).</source>
        <translation>{field} muss ein Mangel oder ein Auftragnehmer-Vorgang sein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{field} belongs to another project.</source>
        <translation>{field} gehört zu einem anderen Projekt.</translation>
    </message>
    <message>
        <source>There is no location &apos;{text}&apos; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Ort „{text}“.</translation>
    </message>
    <message>
        <source>Pin {id} does not exist (or its item was deleted).</source>
        <translation>Pin {id} existiert nicht (oder sein Element wurde gelöscht).</translation>
    </message>
    <message>
        <source>The item belongs to another project than the sheet.</source>
        <translation>Das Element gehört zu einem anderen Projekt als der Plan.</translation>
    </message>
    <message>
        <source>Sheet {id} does not exist (or was deleted).</source>
        <translation>Plan {id} existiert nicht (oder wurde gelöscht).</translation>
    </message>
    <message>
        <source>{field} must be a lowercase SHA-256 hex digest.</source>
        <translation>{field} muss ein SHA-256-Hexwert in Kleinbuchstaben sein.</translation>
    </message>
    <message>
        <source>{field}: the file has no page to register.</source>
        <translation>{field}: Die Datei hat keine Seite zum Registrieren.</translation>
    </message>
    <message>
        <source>Two pages of the file have the same sheet number ({value}).</source>
        <translation>Zwei Seiten der Datei haben dieselbe Plannummer ({value}).</translation>
    </message>
    <message>
        <source>{field} {value} is not a page of the file.</source>
        <translation>{field} {value} ist keine Seite der Datei.</translation>
    </message>
    <message>
        <source>Several sheets cannot get the same {field}.</source>
        <translation>Mehrere Pläne können nicht dasselbe Feld {field} erhalten.</translation>
    </message>
    <message>
        <source>Sheet {value} already exists in this project.</source>
        <translation>Plan {value} existiert in diesem Projekt bereits.</translation>
    </message>
    <message>
        <source>{count} item(s) unanswered, first: &apos;{prompt}&apos;.</source>
        <translation>{count} Prüfpunkt(e) unbeantwortet, zuerst: „{prompt}“.</translation>
    </message>
    <message>
        <source>&apos;{prompt}&apos; failed and needs a photo.</source>
        <translation>„{prompt}“ ist nicht bestanden und braucht ein Foto.</translation>
    </message>
    <message>
        <source>Inspection {number} does not exist.</source>
        <translation>Prüfung {number} existiert nicht.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Eine Vorlage braucht mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Section &apos;{title}&apos; has no items.</source>
        <translation>Abschnitt „{title}“ hat keine Prüfpunkte.</translation>
    </message>
    <message>
        <source>{field} needs at least two options.</source>
        <translation>{field} braucht mindestens zwei Optionen.</translation>
    </message>
    <message>
        <source>{field} must be among the options.</source>
        <translation>{field} muss eine der Optionen sein.</translation>
    </message>
    <message>
        <source>Raising failed items on completion is either on or off (true or false).</source>
        <translation>Nicht bestandene Prüfpunkte beim Abschluss zu melden ist entweder ein oder aus (true oder false).</translation>
    </message>
    <message>
        <source>{field} is a percentage (0–100).</source>
        <translation>{field} ist ein Prozentsatz (0–100).</translation>
    </message>
    <message>
        <source>Answer pass, fail or N/A (got &apos;{value}&apos;).</source>
        <translation>Antworten Sie mit bestanden, nicht bestanden oder N/A (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>Answer yes or no (got &apos;{value}&apos;).</source>
        <translation>Antworten Sie mit ja oder nein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>Enter a number (got &apos;{value}&apos;).</source>
        <translation>Geben Sie eine Zahl ein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>{number} is {status}; answers can no longer change.</source>
        <translation>{number} ist {status}; Antworten können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Type the name of the person signing.</source>
        <translation>Geben Sie den Namen der unterschreibenden Person ein.</translation>
    </message>
    <message>
        <source>{number} is {status}; reopen it to continue the thread.</source>
        <translation>{number} ist {status}; öffnen Sie ihn wieder, um den Verlauf fortzusetzen.</translation>
    </message>
    <message>
        <source>A new punch item starts as draft or open, not {status}.</source>
        <translation>Ein neuer Mangel beginnt als Entwurf oder offen, nicht als {status}.</translation>
    </message>
    <message>
        <source>Rejecting a punch item needs a note saying what is wrong.</source>
        <translation>Das Zurückweisen eines Mangels braucht eine Notiz, die sagt, was falsch ist.</translation>
    </message>
    <message>
        <source>{number} is {status}; reopen it before editing.</source>
        <translation>{number} ist {status}; öffnen Sie ihn vor dem Bearbeiten wieder.</translation>
    </message>
    <message>
        <source>{number} is {status}; only drafts can be deleted; void it instead.</source>
        <translation>{number} ist {status}; nur Entwürfe können gelöscht werden; erklären Sie ihn stattdessen für ungültig.</translation>
    </message>
    <message>
        <source>The file states no data date: give one with --data-date.</source>
        <translation>Die Datei nennt keinen Stichtag: Geben Sie einen mit --data-date an.</translation>
    </message>
    <message>
        <source>The data date {date} is not a real date.</source>
        <translation>Der Stichtag {date} ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>This file was imported already, as {number} (data date {date}).</source>
        <translation>Diese Datei wurde bereits importiert, als {number} (Stichtag {date}).</translation>
    </message>
    <message>
        <source>The file holds no activities: nothing to import.</source>
        <translation>Die Datei enthält keine Aktivitäten: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The file holds {count} activities; at most {limit} can be imported.</source>
        <translation>Die Datei enthält {count} Aktivitäten; höchstens {limit} können importiert werden.</translation>
    </message>
    <message>
        <source>Activity id {id} appears twice in the file ({first} and {second}).</source>
        <translation>Die Aktivitäts-ID {id} kommt in der Datei zweimal vor ({first} und {second}).</translation>
    </message>
    <message>
        <source>Activity {code} appears twice in the file ({first} and {second}).</source>
        <translation>Die Aktivität {code} kommt in der Datei zweimal vor ({first} und {second}).</translation>
    </message>
    <message>
        <source>Relationship {link} refers to activity {id}, which is not in the file.</source>
        <translation>Die Anordnungsbeziehung {link} verweist auf die Aktivität {id}, die nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>Relationship {link} links activity {code} to itself.</source>
        <translation>Die Anordnungsbeziehung {link} verbindet die Aktivität {code} mit sich selbst.</translation>
    </message>
    <message>
        <source>Calendar {name} has no working days, and activities use it.</source>
        <translation>Der Kalender {name} hat keine Arbeitstage, und Aktivitäten verwenden ihn.</translation>
    </message>
    <message>
        <source>Calendar {name} works {hours} hours a day; it must be more than 0 and at most 24.</source>
        <translation>Der Kalender {name} arbeitet {hours} Stunden am Tag; es müssen mehr als 0 und höchstens 24 sein.</translation>
    </message>
    <message>
        <source>Activity {code} has {what} {date}, outside the years {first}–{last}.</source>
        <translation>Die Aktivität {code} hat {what} {date}, außerhalb der Jahre {first}–{last}.</translation>
    </message>
    <message>
        <source>The project has no schedule update yet: import a programme.</source>
        <translation>Das Projekt hat noch keine Terminplanfortschreibung: Importieren Sie einen Terminplan.</translation>
    </message>
    <message>
        <source>There is no schedule update {number}.</source>
        <translation>Es gibt keine Terminplanfortschreibung {number}.</translation>
    </message>
    <message>
        <source>There is no activity {code} in this update.</source>
        <translation>In dieser Fortschreibung gibt es keine Aktivität {code}.</translation>
    </message>
    <message>
        <source>{field} is before the start date.</source>
        <translation>{field} liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>{field} is required to claim time.</source>
        <translation>{field} ist erforderlich, um Bauzeit zu beantragen.</translation>
    </message>
    <message>
        <source>{field} ({days}) is more than the {claimed} days claimed.</source>
        <translation>{field} ({days}) ist mehr als die {claimed} beantragten Tage.</translation>
    </message>
    <message>
        <source>{label} {id} does not exist (or was deleted).</source>
        <translation>{label} {id} existiert nicht (oder wurde gelöscht).</translation>
    </message>
    <message>
        <source>{field} cannot be edited here.</source>
        <translation>{field} kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>A signature is required: sign on the pad.</source>
        <translation>Eine Unterschrift ist erforderlich: Unterschreiben Sie im Unterschriftsfeld.</translation>
    </message>
    <message>
        <source>{field} points must lie within the pad.</source>
        <translation>Die Punkte von {field} müssen innerhalb des Unterschriftsfelds liegen.</translation>
    </message>
    <message>
        <source>{field} is a line of another diary day.</source>
        <translation>{field} ist eine Zeile eines anderen Bautagebuchtags.</translation>
    </message>
    <message>
        <source>There is no kind of record called {value}.</source>
        <translation>Es gibt keine Datensatzart namens {value}.</translation>
    </message>
    <message>
        <source>{field} must be a SHA-256 hex digest.</source>
        <translation>{field} muss ein SHA-256-Hexwert sein.</translation>
    </message>
    <message>
        <source>Report {number} was already issued.</source>
        <translation>Bericht {number} wurde bereits herausgegeben.</translation>
    </message>
    <message>
        <source>No report numbered {number} was issued.</source>
        <translation>Es wurde kein Bericht mit der Nummer {number} herausgegeben.</translation>
    </message>
    <message>
        <source>{field} may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>{field} darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten.</translation>
    </message>
    <message>
        <source>{field} must be a three-letter ISO code such as USD.</source>
        <translation>{field} muss ein dreibuchstabiger ISO-Code wie EUR sein.</translation>
    </message>
    <message>
        <source>{field} cannot be before the baseline start.</source>
        <translation>{field} kann nicht vor dem Basisbeginn liegen.</translation>
    </message>
    <message>
        <source>A project with code {code} already exists.</source>
        <translation>Ein Projekt mit dem Code {code} existiert bereits.</translation>
    </message>
    <message>
        <source>There is no project {code}.</source>
        <translation>Es gibt kein Projekt {code}.</translation>
    </message>
    <message>
        <source>{name} is already in this project&apos;s directory.</source>
        <translation>{name} steht bereits im Verzeichnis dieses Projekts.</translation>
    </message>
    <message>
        <source>The parent location belongs to another project.</source>
        <translation>Der übergeordnete Ort gehört zu einem anderen Projekt.</translation>
    </message>
    <message>
        <source>Location code {code} is already used.</source>
        <translation>Der Ortscode {code} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>{field} must be a list of shapes.</source>
        <translation>{field} muss eine Liste von Formen sein.</translation>
    </message>
    <message>
        <source>There is no organisation {name}.</source>
        <translation>Es gibt keine Organisation {name}.</translation>
    </message>
    <message>
        <source>There is no trade {name}.</source>
        <translation>Es gibt kein Gewerk {name}.</translation>
    </message>
    <message>
        <source>There is no location {name}.</source>
        <translation>Es gibt keinen Ort {name}.</translation>
    </message>
    <message>
        <source>{field} must look like name@example.com.</source>
        <translation>{field} muss wie name@example.com aussehen.</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>Zeile {row}: </translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters; at most {max_len}).</source>
        <translation>{field} ist zu lang ({length} Zeichen; höchstens {max_len}).</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>{field} enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>{field} must be a number (got &apos;{value}&apos;).</source>
        <translation>{field} muss eine Zahl sein (erhalten: „{value}“).</translation>
    </message>
    <message>
        <source>{field} must be a finite number.</source>
        <translation>{field} muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field} muss mindestens {minimum} sein.</translation>
    </message>
    <message>
        <source>{field} must be at most {maximum}.</source>
        <translation>{field} darf höchstens {maximum} sein.</translation>
    </message>
    <message>
        <source>{field} has more than {places} decimal places.</source>
        <translation>{field} hat mehr als {places} Nachkommastellen.</translation>
    </message>
    <message>
        <source>{field} is too large.</source>
        <translation>{field} ist zu groß.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high} (got {value}).</source>
        <translation>{field} muss zwischen {low} und {high} liegen (erhalten: {value}).</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be in the future (today is {today}).</source>
        <translation>{field} ({value}) kann nicht in der Zukunft liegen (heute ist {today}).</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be before the record was created ({created}).</source>
        <translation>{field} ({value}) kann nicht vor der Anlage des Datensatzes liegen ({created}).</translation>
    </message>
    <message>
        <source>{number} is already {status}.</source>
        <translation>{number} ist bereits {status}.</translation>
    </message>
    <message>
        <source>{number} cannot go from {current} to {target} (allowed: {options}).</source>
        <translation>{number} kann nicht von {current} zu {target} wechseln (erlaubt: {options}).</translation>
    </message>
    <message>
        <source>Choose mine or theirs.</source>
        <translation>Wählen Sie meine oder deren Fassung.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
    <message>
        <source>This refused change was already dealt with.</source>
        <translation>Diese abgelehnte Änderung wurde bereits erledigt.</translation>
    </message>
    <message>
        <source>The project database{where} is damaged; nothing more will be saved to it. Run &apos;executrek db check&apos;, then restore a backup from the backups folder with &apos;executrek db restore FILE&apos;.</source>
        <translation>Die Projektdatenbank{where} ist beschädigt; es wird nichts mehr darin gespeichert. Führen Sie &apos;executrek db check&apos; aus und stellen Sie dann eine Sicherung aus dem Sicherungsordner mit &apos;executrek db restore FILE&apos; wieder her.</translation>
    </message>
    <message>
        <source>{path} is not an Executrek database, or it is damaged. Restore a backup from the backups folder with &apos;executrek db restore FILE&apos;.</source>
        <translation>{path} ist keine Executrek-Datenbank oder ist beschädigt. Stellen Sie eine Sicherung aus dem Sicherungsordner mit &apos;executrek db restore FILE&apos; wieder her.</translation>
    </message>
    <message>
        <source>The project database is in use by another program or another Executrek window.{where}</source>
        <translation>Die Projektdatenbank wird von einem anderen Programm oder einem anderen Executrek-Fenster verwendet.{where}</translation>
    </message>
    <message>
        <source>Close the other program and try again.</source>
        <translation>Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The project database is busy.{where}</source>
        <translation>Die Projektdatenbank ist belegt.{where}</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The project database is read-only.{where}</source>
        <translation>Die Projektdatenbank ist schreibgeschützt.{where}</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions or move the data folder somewhere writable.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei oder verschieben Sie den Datenordner an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.{where}</source>
        <translation>Der Datenträger ist voll; es wurde nichts gespeichert.{where}</translation>
    </message>
    <message>
        <source>Free some space and save again.</source>
        <translation>Geben Sie Speicherplatz frei und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The disk could not be read or written.{where}</source>
        <translation>Der Datenträger konnte nicht gelesen oder beschrieben werden.{where}</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>Prüfen Sie das Laufwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The project database could not be opened.{where}</source>
        <translation>Die Projektdatenbank konnte nicht geöffnet werden.{where}</translation>
    </message>
    <message>
        <source>Check that the data folder exists and is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The project database reported: {detail}</source>
        <translation>Die Projektdatenbank meldete: {detail}</translation>
    </message>
    <message>
        <source>The central database is not set up yet: run &apos;executrek central init --url URL&apos;.</source>
        <translation>Die zentrale Datenbank ist noch nicht eingerichtet: Führen Sie &apos;executrek central init --url URL&apos; aus.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a central database yet. Run &apos;executrek connect --url URL --user NAME&apos;.</source>
        <translation>Dieser Laptop ist noch nicht mit einer zentralen Datenbank verbunden. Führen Sie &apos;executrek connect --url URL --user NAME&apos; aus.</translation>
    </message>
    <message>
        <source>The central database URL contains a password. Give the URL without it; the password is asked for separately and kept in the system keyring.</source>
        <translation>Die URL der zentralen Datenbank enthält ein Passwort. Geben Sie die URL ohne Passwort an; das Passwort wird getrennt abgefragt und im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The central database refused the user name or password. Run &apos;executrek connect&apos; again with the right password.</source>
        <translation>Die zentrale Datenbank hat den Benutzernamen oder das Passwort abgelehnt. Führen Sie &apos;executrek connect&apos; erneut mit dem richtigen Passwort aus.</translation>
    </message>
    <message>
        <source>There is no database &apos;{name}&apos; on the server of {url}: check the URL, or ask the PMO to create it.</source>
        <translation>Auf dem Server von {url} gibt es keine Datenbank „{name}“: Prüfen Sie die URL oder bitten Sie das PMO, sie anzulegen.</translation>
    </message>
    <message>
        <source>The central database does not know the user &apos;{user}&apos;. Ask the PMO to add you (&apos;executrek central add-user&apos;).</source>
        <translation>Die zentrale Datenbank kennt den Benutzer „{user}“ nicht. Bitten Sie das PMO, Sie hinzuzufügen (&apos;executrek central add-user&apos;).</translation>
    </message>
    <message>
        <source>The central database at {url} does not offer an encrypted connection. Ask the PMO to switch on TLS on the server; connect with --insecure only on a network you trust.</source>
        <translation>Die zentrale Datenbank unter {url} bietet keine verschlüsselte Verbindung an. Bitten Sie das PMO, TLS auf dem Server einzuschalten; verbinden Sie sich mit --insecure nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>The secure connection to the central database failed ({url}): check the CA file given to &apos;executrek connect --ca&apos;.</source>
        <translation>Die sichere Verbindung zur zentralen Datenbank ist fehlgeschlagen ({url}): Prüfen Sie die CA-Datei, die &apos;executrek connect --ca&apos; übergeben wurde.</translation>
    </message>
    <message>
        <source>The central database at {url} cannot be reached. Your work is kept on this laptop and will sync when the connection is back.</source>
        <translation>Die zentrale Datenbank unter {url} ist nicht erreichbar. Ihre Arbeit bleibt auf diesem Laptop und wird synchronisiert, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Your changes were sent, but this version of Executrek Field is too old for the central database. Install the latest version to keep syncing.</source>
        <translation>Ihre Änderungen wurden gesendet, aber diese Version von Executrek Field ist zu alt für die zentrale Datenbank. Installieren Sie die neueste Version, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <source>Your user is not registered on the central database. Ask the PMO to add you (&apos;executrek central add-user&apos;).</source>
        <translation>Ihr Benutzer ist in der zentralen Datenbank nicht registriert. Bitten Sie das PMO, Sie hinzuzufügen (&apos;executrek central add-user&apos;).</translation>
    </message>
    <message>
        <source>This laptop was registered on the central database by another user. Connect with that user, or ask the PMO for help.</source>
        <translation>Dieser Laptop wurde von einem anderen Benutzer in der zentralen Datenbank registriert. Verbinden Sie sich mit diesem Benutzer oder bitten Sie das PMO um Hilfe.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is ahead of the central database by more than {minutes} minutes. Set the date and time correctly, then sync again; your work is kept.</source>
        <translation>Die Uhr dieses Laptops geht gegenüber der zentralen Datenbank um mehr als {minutes} Minuten vor. Stellen Sie Datum und Uhrzeit richtig ein und synchronisieren Sie dann erneut; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>The central database refused changes stamped in the future. Check this laptop&apos;s date and time, then sync again; your work is kept.</source>
        <translation>Die zentrale Datenbank hat Änderungen mit einem Zeitstempel in der Zukunft abgelehnt. Prüfen Sie Datum und Uhrzeit dieses Laptops und synchronisieren Sie dann erneut; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>The central database is missing earlier changes from this laptop (it has up to #{last}, the laptop starts at #{first}). Nothing was lost on the laptop; contact the PMO before syncing again.</source>
        <translation>Der zentralen Datenbank fehlen frühere Änderungen dieses Laptops (sie hat bis #{last}, der Laptop beginnt bei #{first}). Auf dem Laptop ging nichts verloren; wenden Sie sich an das PMO, bevor Sie erneut synchronisieren.</translation>
    </message>
    <message>
        <source>The central database already keeps many of your changes it refused, so it takes no more for now. Ask the PMO to review them (&apos;executrek central status&apos;); your work is kept on this laptop.</source>
        <translation>Die zentrale Datenbank bewahrt bereits viele Ihrer abgelehnten Änderungen auf und nimmt vorerst keine weiteren an. Bitten Sie das PMO, sie zu prüfen (&apos;executrek central status&apos;); Ihre Arbeit bleibt auf diesem Laptop.</translation>
    </message>
    <message>
        <source>A photo or drawing file was refused by the central database ({reasons}). Its record stays on this laptop; other changes were sent.</source>
        <translation>Eine Foto- oder Plandatei wurde von der zentralen Datenbank abgelehnt ({reasons}). Ihr Datensatz bleibt auf diesem Laptop; andere Änderungen wurden gesendet.</translation>
    </message>
    <message>
        <source>A photo&apos;s file is missing on this laptop, so its record cannot be sent. Re-import the photo; other changes were sent.</source>
        <translation>Die Datei eines Fotos fehlt auf diesem Laptop, daher kann sein Datensatz nicht gesendet werden. Importieren Sie das Foto erneut; andere Änderungen wurden gesendet.</translation>
    </message>
    <message>
        <source>The central database refused the changes ({status}).</source>
        <translation>Die zentrale Datenbank hat die Änderungen abgelehnt ({status}).</translation>
    </message>
    <message>
        <source>The address asks for sslmode={mode}, which may send your data and password unencrypted to another computer. Remove it (the connection is then encrypted), give the organisation&apos;s CA file with --ca, or — only on a network you trust — connect with --insecure.</source>
        <translation>Die Adresse verlangt sslmode={mode}, wodurch Ihre Daten und Ihr Passwort unverschlüsselt an einen anderen Computer gesendet werden können. Entfernen Sie die Angabe (die Verbindung ist dann verschlüsselt), geben Sie die CA-Datei der Organisation mit --ca an oder verbinden Sie sich – nur in einem Netzwerk, dem Sie vertrauen – mit --insecure.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): the database in it is lost. Restore a backup from the backups folder with &apos;executrek db restore FILE&apos;, or move the empty file away to start with a new, empty database.</source>
        <translation>{path} ist leer (0 Byte): Die Datenbank darin ist verloren. Stellen Sie eine Sicherung aus dem Ordner „backups“ mit „executrek db restore DATEI“ wieder her, oder verschieben Sie die leere Datei, um mit einer neuen, leeren Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>This database ({path}) was written by a newer version of Executrek Field (schema {revision}); the file was left untouched. Install the latest version of the app to open it.</source>
        <translation>Diese Datenbank ({path}) wurde von einer neueren Version von Executrek Field geschrieben (Schema {revision}); die Datei blieb unverändert. Installieren Sie die neueste Version der App, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only and holds no database yet. Choose a writable folder (--data-dir).</source>
        <translation>Der Datenordner {folder} ist schreibgeschützt und enthält noch keine Datenbank. Wählen Sie einen beschreibbaren Ordner (--data-dir).</translation>
    </message>
    <message>
        <source>The database {path} must be updated for this version of Executrek Field, but its folder is read-only. Open it once from a writable folder.</source>
        <translation>Die Datenbank {path} muss für diese Version von Executrek Field aktualisiert werden, aber ihr Ordner ist schreibgeschützt. Öffnen Sie sie einmal aus einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Migration left {count} broken references (first: {first}); nothing was changed.</source>
        <translation>Die Migration hinterließ {count} fehlerhafte Verweise (erster: {first}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The project database could not be opened ({path}): {detail}</source>
        <translation>Die Projektdatenbank konnte nicht geöffnet werden ({path}): {detail}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetposition</translation>
    </message>
    <message>
        <source>Budget transfer</source>
        <translation>Budgetumbuchung</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vertrag / Bestellung</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Cost code</source>
        <translation>Kostengruppe</translation>
    </message>
    <message>
        <source>Delay event</source>
        <translation>Verzögerungsereignis</translation>
    </message>
    <message>
        <source>Diary day</source>
        <translation>Bautagebuchtag</translation>
    </message>
    <message>
        <source>Diary entry</source>
        <translation>Bautagebucheintrag</translation>
    </message>
    <message>
        <source>Drawing file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Issued report</source>
        <translation>Ausgegebener Bericht</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Pay application</source>
        <translation>Abschlagsrechnung</translation>
    </message>
    <message>
        <source>Pay application line</source>
        <translation>Position der Abschlagsrechnung</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Punch item</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Schedule update</source>
        <translation>Terminplan-Fortschreibung</translation>
    </message>
    <message>
        <source>Schedule-of-values line</source>
        <translation>Leistungsverzeichnis-Position</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>Die Budgetposition</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>Der Auftragnehmer</translation>
    </message>
    <message>
        <source>cost code</source>
        <translation>Die Kostengruppe</translation>
    </message>
    <message>
        <source>funding source</source>
        <translation>Die Finanzierungsquelle</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Der Ort</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>BCF {version} source of this issue</source>
        <translation>BCF-{version}-Quelle dieses Vorgangs</translation>
    </message>
    <message>
        <source>topic {guid}: it has no title</source>
        <translation>Thema {guid}: Es hat keinen Titel</translation>
    </message>
    <message>
        <source>topic “{title}”: the title is longer than 300 characters</source>
        <translation>Thema „{title}“: Der Titel ist länger als 300 Zeichen</translation>
    </message>
    <message>
        <source>topic “{title}”: its GUID {guid} appears twice</source>
        <translation>Thema „{title}“: Seine GUID {guid} kommt doppelt vor</translation>
    </message>
    <message>
        <source>Imported from {name}</source>
        <translation>Importiert aus {name}</translation>
    </message>
    <message>
        <source>the date of its first comment</source>
        <translation>das Datum seines ersten Kommentars</translation>
    </message>
    <message>
        <source>its modification date</source>
        <translation>sein Änderungsdatum</translation>
    </message>
    <message>
        <source>the date it was saved in the archive</source>
        <translation>das Datum, an dem es im Archiv gespeichert wurde</translation>
    </message>
    <message>
        <source>the import date</source>
        <translation>das Importdatum</translation>
    </message>
    <message>
        <source>topic “{title}”: creation date not in the file; {used} ({date}) was used</source>
        <translation>Thema „{title}“: Erstellungsdatum nicht in der Datei; {used} ({date}) wurde verwendet</translation>
    </message>
    <message>
        <source>… and {count} more topic(s) without a creation date</source>
        <translation>… und {count} weitere Themen ohne Erstellungsdatum</translation>
    </message>
    <message>
        <source>{count} comment(s) without text kept, marked “{marker}” (BCF allows a comment with only a status or a viewpoint)</source>
        <translation>{count} Kommentar(e) ohne Text übernommen, markiert mit „{marker}“ (BCF erlaubt Kommentare nur mit Status oder Ansichtspunkt)</translation>
    </message>
    <message>
        <source>topic “{title}”: snapshot {number} is not a PNG or JPEG image</source>
        <translation>Thema „{title}“: Schnappschuss {number} ist kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>Issues cannot be exported as “{format}”; choose bcf21 or bcf30.</source>
        <translation>Vorgänge können nicht als „{format}“ exportiert werden; wählen Sie bcf21 oder bcf30.</translation>
    </message>
    <message>
        <source>{count} topic(s) have no creation date in the BCF file they came from; the issue&apos;s creation date was written</source>
        <translation>{count} Themen haben in ihrer BCF-Quelldatei kein Erstellungsdatum; das Erstellungsdatum des Vorgangs wurde geschrieben</translation>
    </message>
    <message>
        <source>its GUID {guid} is used by another issue</source>
        <translation>seine GUID {guid} wird von einem anderen Vorgang verwendet</translation>
    </message>
    <message>
        <source>issue {number}: {problem}; it was written from its own fields, without what only its BCF file held</source>
        <translation>Vorgang {number}: {problem}; er wurde aus seinen eigenen Feldern geschrieben, ohne das, was nur seine BCF-Datei enthielt</translation>
    </message>
    <message>
        <source>component {name}: its space is not in the workbook</source>
        <translation>Komponente {name}: Ihr Raum ist nicht in der Arbeitsmappe</translation>
    </message>
    <message>
        <source>“Also import components as areas” ticked</source>
        <translation>„Komponenten auch als Bereiche importieren“ angekreuzt</translation>
    </message>
    <message>
        <source>{count} component(s) were not imported; import again with {switch} to add them as areas under their spaces.</source>
        <translation>{count} Komponente(n) wurden nicht importiert; importieren Sie erneut mit {switch}, um sie als Bereiche unter ihren Räumen hinzuzufügen.</translation>
    </message>
    <message>
        <source>{layout} layout, {total} row(s): {good} ready to import, {bad} refused.</source>
        <translation>Layout {layout}, {total} Zeile(n): {good} bereit zum Import, {bad} abgelehnt.</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>es hat keinen Titel</translation>
    </message>
    <message>
        <source>the title is longer than 300 characters</source>
        <translation>der Titel ist länger als 300 Zeichen</translation>
    </message>
    <message>
        <source>its GUID appears twice</source>
        <translation>seine GUID kommt doppelt vor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <source>BCF {version}: {total} topic(s), {bad} refused.</source>
        <translation>BCF {version}: Themen: {total}, abgelehnt: {bad}.</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Geschoss</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>{facility}: {floors} floor(s), {spaces} space(s), {components} component(s).</source>
        <translation>{facility}: Geschosse: {floors}, Räume: {spaces}, Komponenten: {components}.</translation>
    </message>
    <message>
        <source>{count} record(s) written to {name}.</source>
        <translation>{count} Datensätze nach {name} geschrieben.</translation>
    </message>
    <message>
        <source>{name}: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected; {locations} location(s), {comments} comment(s) and {photos} photo(s) added.</source>
        <translation>{name}: {created} angelegt, {updated} aktualisiert, {unchanged} unverändert, {rejected} abgelehnt; {locations} Ort(e), {comments} Kommentar(e) und {photos} Foto(s) hinzugefügt.</translation>
    </message>
    <message>
        <source>{title}: {count} row(s) in {name}</source>
        <translation>{title}: {count} Zeile(n) in {name}</translation>
    </message>
    <message>
        <source>“{kind}” cannot be exported; choose one of: {all}.</source>
        <translation>„{kind}“ kann nicht exportiert werden; wählen Sie eines von: {all}.</translation>
    </message>
    <message>
        <source>{kind} cannot be exported as {format}; use {all}.</source>
        <translation>{kind} kann nicht als {format} exportiert werden; verwenden Sie {all}.</translation>
    </message>
    <message>
        <source>row {row}: the same item as row {first}</source>
        <extracomment>Problem rows listed by their reason (the rest are counted). Problem rows whose reason the preview grid can show (it shows the first 500 rows).</extracomment>
        <translation>Zeile {row}: derselbe Eintrag wie Zeile {first}</translation>
    </message>
    <message>
        <source>… and {count} more row(s) refused</source>
        <translation>… und {count} weitere Zeile(n) abgelehnt</translation>
    </message>
    <message>
        <source>row {row}: created date {date} is in the future; check the date order</source>
        <translation>Zeile {row}: Erstellungsdatum {date} liegt in der Zukunft; prüfen Sie die Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Imported from {name} on {when}</source>
        <translation>Importiert aus {name} am {when}</translation>
    </message>
    <message>
        <source>Punch lists cannot be exported as “{format}”; choose one of: {all}.</source>
        <translation>Mängellisten können nicht als „{format}“ exportiert werden; wählen Sie eines von: {all}.</translation>
    </message>
    <message>
        <source>A BCF export takes no filters; it holds every issue.</source>
        <translation>Ein BCF-Export nimmt keine Filter an; er enthält jeden Vorgang.</translation>
    </message>
    <message>
        <source>The format {format} does not fit a bcf export.</source>
        <translation>Das Format {format} passt nicht zu einem BCF-Export.</translation>
    </message>
    <message>
        <source>Risks are filtered by status only (--status).</source>
        <translation>Risiken werden nur nach Status gefiltert (--status).</translation>
    </message>
    <message>
        <source>A diary export is narrowed by date only (--from, --to).</source>
        <translation>Ein Bautagebuch-Export wird nur nach Datum eingegrenzt (--from, --to).</translation>
    </message>
    <message>
        <source>The {kind} list is filtered by status only (--status).</source>
        <translation>Die Liste {kind} wird nur nach Status gefiltert (--status).</translation>
    </message>
    <message>
        <source>{count} record(s) written to {path} ({format}).</source>
        <translation>{count} Datensatz/Datensätze nach {path} geschrieben ({format}).</translation>
    </message>
    <message>
        <source>Cannot tell the format from the name “{name}”: name the file .bcf or .bcfzip, or give --format bcf30 or bcf21.</source>
        <translation>Das Format ist am Namen „{name}“ nicht zu erkennen: Benennen Sie die Datei .bcf oder .bcfzip, oder geben Sie --format bcf30 oder bcf21 an.</translation>
    </message>
    <message>
        <source>Cannot tell the format from the name “{name}”: name the file .csv or .xlsx, or give --format ({formats}).</source>
        <translation>Das Format ist am Namen „{name}“ nicht zu erkennen: Benennen Sie die Datei .csv oder .xlsx, oder geben Sie --format ({formats}) an.</translation>
    </message>
    <message>
        <source>--format {format} does not fit the name “{name}”: name the file .{format}.</source>
        <translation>--format {format} passt nicht zum Namen „{name}“: Benennen Sie die Datei .{format}.</translation>
    </message>
    <message>
        <source>{layout} template, {container}</source>
        <translation>Vorlage {layout}, {container}</translation>
    </message>
    <message>
        <source>Inspections are filtered on one status at a time.</source>
        <translation>Prüfungen werden jeweils nach einem Status gefiltert.</translation>
    </message>
    <message>
        <source>The project has no contractor “{name}”; its organisations are: {all}.</source>
        <translation>Das Projekt hat keinen Auftragnehmer „{name}“; seine Organisationen sind: {all}.</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}.</source>
        <translation>--from {first} liegt nach --to {last}.</translation>
    </message>
    <message>
        <source>“{status}” is not a status of {kind}; use one of: {all}.</source>
        <translation>„{status}“ ist kein Status von {kind}; verwenden Sie einen von: {all}.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Punch lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Mängellisten (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>BCF files (*.bcf *.bcfzip);;All files (*)</source>
        <translation>BCF-Dateien (*.bcf *.bcfzip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>COBie workbooks (*.xlsx);;All files (*)</source>
        <translation>COBie-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Wählen Sie eine Spalte für: {fields}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing was imported: {message}</source>
        <translation>Nichts wurde importiert: {message}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Import / export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Punch list (CSV, XLSX: Procore, Fieldwire…)</source>
        <translation>Mängelliste (CSV, XLSX: Procore, Fieldwire…)</translation>
    </message>
    <message>
        <source>Issues (BCF 2.1 / 3.0)</source>
        <translation>Vorgänge (BCF 2.1 / 3.0)</translation>
    </message>
    <message>
        <source>Locations (COBie workbook)</source>
        <translation>Orte (COBie-Arbeitsmappe)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Also import components as areas</source>
        <translation>Komponenten auch als Bereiche importieren</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Found from the dates</source>
        <translation>Aus den Daten ermittelt</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Words in the file that need one of our values</source>
        <translation>Wörter in der Datei, denen einer unserer Werte zugeordnet werden muss</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Punch list, CSV (our columns)</source>
        <translation>Mängelliste, CSV (eigene Spalten)</translation>
    </message>
    <message>
        <source>Punch list, XLSX (our columns)</source>
        <translation>Mängelliste, XLSX (eigene Spalten)</translation>
    </message>
    <message>
        <source>Punch list, Procore import template</source>
        <translation>Mängelliste, Procore-Importvorlage</translation>
    </message>
    <message>
        <source>Punch list, Procore “Deficiency” template (en-CA)</source>
        <translation>Mängelliste, Procore-Vorlage „Deficiency“ (en-CA)</translation>
    </message>
    <message>
        <source>Issues, BCF 3.0</source>
        <translation>Vorgänge, BCF 3.0</translation>
    </message>
    <message>
        <source>Issues, BCF 2.1</source>
        <translation>Vorgänge, BCF 2.1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(Spalte {n})</translation>
    </message>
    <message>
        <source>Reads {count} columns: {names}</source>
        <translation>Liest {count} Spalten: {names}</translation>
    </message>
    <message>
        <source>(refuse these rows)</source>
        <translation>(diese Zeilen ablehnen)</translation>
    </message>
    <message>
        <source>{kind} “{word}”</source>
        <translation>{kind} „{word}“</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Refused: {line}</source>
        <translation>Abgelehnt: {line}</translation>
    </message>
    <message>
        <source>Warning: {line}</source>
        <translation>Warnung: {line}</translation>
    </message>
    <message>
        <source>Note: {line}</source>
        <translation>Hinweis: {line}</translation>
    </message>
</context>
<context>
    <name>ExecuteDialog</name>
    <message>
        <source>Execute {number}</source>
        <translation>{number} unterzeichnen</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Unterzeichnen</translation>
    </message>
    <message>
        <source>Once executed, the schedule of values of {number} is fixed: it changes by change order only. It adds up to {sov} of the contract value {value}.</source>
        <translation>Nach der Unterzeichnung ist das Leistungsverzeichnis von {number} festgeschrieben: Es ändert sich nur noch durch Nachträge. Es ergibt {sov} des Vertragswerts {value}.</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Unterzeichnet am</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Activity code</source>
        <translation>Aktivitätscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Approved stored materials</source>
        <translation>Genehmigtes gelagertes Material</translation>
    </message>
    <message>
        <source>Approved work</source>
        <translation>Genehmigte Leistung</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigender</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Basisende</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vertrag / Bestellung</translation>
    </message>
    <message>
        <source>Commitment type</source>
        <translation>Art des Vertrags / der Bestellung</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Vertragswert</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Cost code</source>
        <translation>Kostengruppe</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Days claimed</source>
        <translation>Beantragte Tage</translation>
    </message>
    <message>
        <source>Days granted</source>
        <translation>Gewährte Tage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Externe Referenz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Vorgangsart</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>Zuschlag</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Original amount</source>
        <translation>Ursprünglicher Betrag</translation>
    </message>
    <message>
        <source>Original value</source>
        <translation>Ursprünglicher Wert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Übergeordnete Kostengruppe</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>PMO name</source>
        <translation>Name des PMO</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Einheitspreis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatzart</translation>
    </message>
    <message>
        <source>Reduce at (%)</source>
        <translation>Verringern ab (%)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>Retainage released</source>
        <translation>Freigegebener Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Schedule impact (days)</source>
        <translation>Terminauswirkung (Tage)</translation>
    </message>
    <message>
        <source>Scheduled value</source>
        <translation>LV-Wert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File checksum</source>
        <translation>Prüfsumme der Datei</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Plannummer</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Funktion</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Spec reference</source>
        <translation>Verweis auf die Spezifikation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stored materials</source>
        <translation>Gelagertes Material</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zielart</translation>
    </message>
    <message>
        <source>Lowest temperature</source>
        <translation>Tiefsttemperatur</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Target line</source>
        <translation>Zielposition</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gewerk</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Witterung</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Einbehalt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Leistung</translation>
    </message>
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <source>New funding source</source>
        <translation>Neue Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Where the owner&apos;s money comes from (equity, a loan facility, a grant) and how much it provides; a budget line names the source that pays for it.</source>
        <translation>Woher das Geld des Bauherrn kommt (Eigenkapital, Kreditlinie, Fördermittel) und wie viel es bereitstellt; eine Budgetposition nennt die Quelle, die sie bezahlt.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>New funding &amp;source…</source>
        <translation>Neue Finanzierungs&amp;quelle…</translation>
    </message>
    <message>
        <source>&amp;Change source…</source>
        <translation>Quelle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Finanzierungsquellen</translation>
    </message>
    <message>
        <source>Double-click a source to change its amount</source>
        <translation>Doppelklicken Sie auf eine Quelle, um ihren Betrag zu ändern</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budgetpositionen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>Genehmigtes Budget</translation>
    </message>
    <message>
        <source>EAC</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>Amount less the EAC of the lines it funds</source>
        <translation>Betrag abzüglich der Prognose der Gesamtkosten der finanzierten Positionen</translation>
    </message>
    <message>
        <source>Unfunded (no source)</source>
        <translation>Nicht finanziert (keine Quelle)</translation>
    </message>
    <message>
        <source>short by {amount}</source>
        <translation>Fehlbetrag {amount}</translation>
    </message>
    <message>
        <source>No funding source and no budget line yet.</source>
        <translation>Noch keine Finanzierungsquelle und keine Budgetposition.</translation>
    </message>
    <message>
        <source>{amount} of headroom</source>
        <translation>{amount} Spielraum</translation>
    </message>
    <message>
        <source>{count} funding sources provide {amount} against an estimate at completion of {eac}: {said}.</source>
        <translation>{count} Finanzierungsquellen stellen {amount} bereit, bei einer Prognose der Gesamtkosten von {eac}: {said}.</translation>
    </message>
</context>
<context>
    <name>G702Panel</name>
    <message>
        <source>1. Original contract sum</source>
        <translation>1. Ursprüngliche Auftragssumme</translation>
    </message>
    <message>
        <source>2. Net change by change orders</source>
        <translation>2. Nettoänderung durch Nachträge</translation>
    </message>
    <message>
        <source>3. Contract sum to date</source>
        <translation>3. Aktuelle Auftragssumme</translation>
    </message>
    <message>
        <source>4. Completed and stored to date</source>
        <translation>4. Bisher ausgeführt und gelagert</translation>
    </message>
    <message>
        <source>5a. Retainage on work</source>
        <translation>5a. Sicherheitseinbehalt auf Leistung</translation>
    </message>
    <message>
        <source>5b. Retainage on stored materials</source>
        <translation>5b. Sicherheitseinbehalt auf gelagertes Material</translation>
    </message>
    <message>
        <source>Retainage released</source>
        <translation>Freigegebener Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>5. Total retainage</source>
        <translation>5. Sicherheitseinbehalt gesamt</translation>
    </message>
    <message>
        <source>6. Earned less retainage</source>
        <translation>6. Leistung abzüglich Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>7. Previous certificates</source>
        <translation>7. Bisherige Zahlungsbescheinigungen</translation>
    </message>
    <message>
        <source>Withheld for defects</source>
        <translation>Einbehalt wegen Mängeln</translation>
    </message>
    <message>
        <source>8. Current payment due</source>
        <translation>8. Aktuell fällige Zahlung</translation>
    </message>
    <message>
        <source>9. Balance to finish</source>
        <translation>9. Restbetrag bis Fertigstellung</translation>
    </message>
    <message>
        <source>Certificate (G702)</source>
        <translation>Zahlungsbescheinigung (G702)</translation>
    </message>
    <message>
        <source>As claimed by the contractor: payment due {amount}.</source>
        <translation>Wie vom Auftragnehmer abgerechnet: fällige Zahlung {amount}.</translation>
    </message>
    <message>
        <source>Withheld because: {reason}</source>
        <translation>Einbehalten wegen: {reason}</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
</context>
<context>
    <name>GanttModel</name>
    <message>
        <source>{start} → {finish}</source>
        <translation>{start} → {finish}</translation>
    </message>
    <message>
        <source>Compared with: {start} → {finish}</source>
        <translation>Verglichen mit: {start} → {finish}</translation>
    </message>
    <message>
        <source>Total float: {days} working days</source>
        <translation>Gesamtpuffer: {days} Arbeitstage</translation>
    </message>
    <message>
        <source>Complete: {pct} %</source>
        <translation>Fertig: {pct} %</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Auf dem kritischen Weg</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>You</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title on reports and approvals</source>
        <translation>Funktion auf Berichten und Freigaben</translation>
    </message>
    <message>
        <source>Initials for signatures</source>
        <translation>Kürzel für Unterschriften</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role on the project</source>
        <translation>Rolle im Projekt</translation>
    </message>
    <message>
        <source>(not linked to a person in a project directory)</source>
        <translation>(mit keiner Person in einem Projektverzeichnis verknüpft)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a programme</source>
        <translation>Terminplan importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>A Primavera P6 .xer or MS Project .xml file</source>
        <translation>Eine Primavera-P6-Datei (.xer) oder MS-Project-Datei (.xml)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Keep it as the &amp;baseline</source>
        <translation>Als &amp;Basis behalten</translation>
    </message>
    <message>
        <source>Use another &amp;data date than the file&apos;s</source>
        <translation>Anderen &amp;Stichtag als den der Datei verwenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Data date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Programmes (*.xer *.xml);;All files (*)</source>
        <translation>Terminpläne (*.xer *.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>InspectionFinish</name>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Owner&apos;s representative</source>
        <translation>Bauherrenvertreter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>Deficiencies</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Fä&amp;llig</translation>
    </message>
    <message>
        <source>&amp;Raise punch items and issues for failed items</source>
        <translation>Für nicht bestandene Prüfpunkte Mängel und Vorgänge &amp;erfassen</translation>
    </message>
    <message>
        <source>{result} · {score}</source>
        <translation>{result} · {score}</translation>
    </message>
    <message>
        <source>Pass mark {mark}%. {failed} item(s) failed.</source>
        <translation>Bestehensgrenze {mark}%. {failed} Prüfpunkt(e) nicht bestanden.</translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation>Noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Answer every item, then complete the inspection (Ctrl+Enter).</source>
        <translation>Beantworten Sie alle Prüfpunkte und schließen Sie dann die Prüfung ab (Strg+Enter).</translation>
    </message>
    <message>
        <source>Failed items become punch items or contractor issues when the inspection is completed.</source>
        <translation>Nicht bestandene Prüfpunkte werden beim Abschluss der Prüfung zu Mängeln oder Auftragnehmer-Vorgängen.</translation>
    </message>
    <message>
        <source>No item failed: nothing to raise.</source>
        <translation>Kein Prüfpunkt nicht bestanden: nichts zu erfassen.</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Signed by {name}{role} on {when}</source>
        <translation>Unterschrieben von {name}{role} am {when}</translation>
    </message>
    <message>
        <source>Raised on completion, due {due}: {what}.</source>
        <translation>Beim Abschluss erfasst, fällig {due}: {what}.</translation>
    </message>
    <message>
        <source>Nothing new to raise: every failed item is already linked.</source>
        <translation>Nichts Neues zu erfassen: Jeder nicht bestandene Prüfpunkt ist bereits verknüpft.</translation>
    </message>
    <message>
        <source>Type the name of the person signing, then sign again.</source>
        <translation>Geben Sie den Namen der unterschreibenden Person ein und unterschreiben Sie erneut.</translation>
    </message>
    <message>
        <source>Sign on the pad first.</source>
        <translation>Unterschreiben Sie zuerst im Unterschriftsfeld.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>{count} punch item(s): {numbers}</source>
        <translation>Mängel ({count}): {numbers}</translation>
    </message>
    <message>
        <source>{count} contractor issue(s): {numbers}</source>
        <translation>Auftragnehmer-Vorgänge ({count}): {numbers}</translation>
    </message>
    <message>
        <source>Created {what}.</source>
        <translation>Erstellt: {what}.</translation>
    </message>
    <message>
        <source>Linked to this inspection:</source>
        <translation>Mit dieser Prüfung verknüpft:</translation>
    </message>
    <message>
        <source>No punch items or issues raised from this inspection yet.</source>
        <translation>Aus dieser Prüfung wurden noch keine Mängel oder Vorgänge erfasst.</translation>
    </message>
</context>
<context>
    <name>InspectionPhotos</name>
    <message>
        <source>Not added: {files}</source>
        <translation>Nicht hinzugefügt: {files}</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>{title}
Template: {template}
{location}</source>
        <translation>{title}
Vorlage: {template}
{location}</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Vermerkt</translation>
    </message>
    <message>
        <source>Pass / Fail / N/A</source>
        <translation>Bestanden / Nicht bestanden / Entfällt</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>Number with target</source>
        <translation>Zahl mit Sollwert</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Raise a punch item</source>
        <translation>Mangel erfassen</translation>
    </message>
    <message>
        <source>Raise a contractor issue (NCR)</source>
        <translation>Auftragnehmer-Vorgang erfassen (NCR)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspections</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Vorlagenbibliothek</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>&amp;Neue Prüfung…</translation>
    </message>
    <message>
        <source>Start an inspection from a template (Ctrl+Shift+N)</source>
        <translation>Prüfung aus einer Vorlage beginnen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected inspection (Enter)</source>
        <translation>Ausgewählte Prüfung öffnen (Enter)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Any template</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>from: any</source>
        <translation>von: beliebig</translation>
    </message>
    <message>
        <source>to: any</source>
        <translation>bis: beliebig</translation>
    </message>
    <message>
        <source>Search number or title (Ctrl+F)</source>
        <translation>Nummer oder Titel suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>Search the inspections</source>
        <translation>Prüfungen durchsuchen</translation>
    </message>
    <message>
        <source>Choose a project in the toolbar.</source>
        <translation>Wählen Sie in der Werkzeugleiste ein Projekt.</translation>
    </message>
    <message>
        <source>No inspection matches these filters.</source>
        <translation>Keine Prüfung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No inspections yet. Start one with New inspection (Ctrl+Shift+N).</source>
        <translation>Noch keine Prüfungen. Beginnen Sie eine mit „Neue Prüfung“ (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>{count} inspection(s) · {done} completed · {passed} passed</source>
        <translation>{count} Prüfung(en) · {done} abgeschlossen · {passed} bestanden</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Executrek Field is already open on this computer with the data folder {folder}. Switch to the open window (look in the taskbar), or close it before starting another one.</source>
        <translation>Executrek Field ist auf diesem Computer bereits mit dem Datenordner {folder} geöffnet. Wechseln Sie zum geöffneten Fenster (siehe Taskleiste) oder schließen Sie es, bevor Sie ein weiteres starten.</translation>
    </message>
    <message>
        <source>(process {pid})</source>
        <translation>(Prozess {pid})</translation>
    </message>
</context>
<context>
    <name>Interop</name>
    <message>
        <source>“{name}” cannot be written ({detail}).</source>
        <translation>„{name}“ kann nicht geschrieben werden ({detail}).</translation>
    </message>
    <message>
        <source>“{source}” has no &lt;Topic&gt;.</source>
        <translation>„{source}“ hat kein &lt;Topic&gt;.</translation>
    </message>
    <message>
        <source>“{label}”: the {element} “{value}” in topic folder “{topic}” is not a date; it was left out.</source>
        <translation>„{label}“: {element} „{value}“ im Themenordner „{topic}“ ist kein Datum; es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>{problem} The viewpoint was kept without its camera and components.</source>
        <translation>{problem} Der Ansichtspunkt wurde ohne Kamera und Komponenten übernommen.</translation>
    </message>
    <message>
        <source>“{label}”: the document {guid} referenced by topic folder “{topic}” is missing.</source>
        <translation>„{label}“: Das vom Themenordner „{topic}“ referenzierte Dokument {guid} fehlt.</translation>
    </message>
    <message>
        <source>The topic “{topic}” has no creation date, which BCF requires.</source>
        <translation>Das Thema „{topic}“ hat kein Erstellungsdatum, das BCF verlangt.</translation>
    </message>
    <message>
        <source>A comment on topic “{topic}” has no date, which BCF requires.</source>
        <translation>Ein Kommentar zum Thema „{topic}“ hat kein Datum, das BCF verlangt.</translation>
    </message>
    <message>
        <source>“{entry}” in “{name}” is a link or special file and was skipped.</source>
        <translation>„{entry}“ in „{name}“ ist eine Verknüpfung oder Sonderdatei und wurde übersprungen.</translation>
    </message>
    <message>
        <source>BCF file</source>
        <translation>BCF-Datei</translation>
    </message>
    <message>
        <source>“{name}” contains no BCF topics (no markup.bcf was found).</source>
        <translation>„{name}“ enthält keine BCF-Themen (keine markup.bcf gefunden).</translation>
    </message>
    <message>
        <source>“{entry}” in “{name}” could not be read.</source>
        <translation>„{entry}“ in „{name}“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No topic in “{name}” could be read: {problem}</source>
        <translation>Kein Thema in „{name}“ konnte gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>A topic was skipped: {problem}</source>
        <translation>Ein Thema wurde übersprungen: {problem}</translation>
    </message>
    <message>
        <source>“{name}” says it is BCF {version}; it was read as BCF 2.1.</source>
        <translation>„{name}“ gibt BCF {version} an; es wurde als BCF 2.1 gelesen.</translation>
    </message>
    <message>
        <source>BCF {version} cannot be written; choose 2.1 or 3.0.</source>
        <translation>BCF {version} kann nicht geschrieben werden; wählen Sie 2.1 oder 3.0.</translation>
    </message>
    <message>
        <source>The topic “{topic}” has the unusable GUID “{guid}”.</source>
        <translation>Das Thema „{topic}“ hat die unbrauchbare GUID „{guid}“.</translation>
    </message>
    <message>
        <source>Two topics share the GUID {guid}; BCF needs one folder per topic.</source>
        <translation>Zwei Themen teilen sich die GUID {guid}; BCF braucht einen Ordner pro Thema.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read as an Excel workbook ({detail}).</source>
        <translation>„{name}“ kann nicht als Excel-Arbeitsmappe gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read as a COBie workbook ({detail}).</source>
        <translation>„{name}“ kann nicht als COBie-Arbeitsmappe gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>“{name}” does not exist.</source>
        <translation>„{name}“ existiert nicht.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened ({detail}).</source>
        <translation>„{name}“ kann nicht geöffnet werden ({detail}).</translation>
    </message>
    <message>
        <source>“{name}” is an old Excel 97–2003 (.xls) workbook. Save it as .xlsx and import that.</source>
        <translation>„{name}“ ist eine alte Excel-97–2003-Arbeitsmappe (.xls). Speichern Sie sie als .xlsx und importieren Sie diese.</translation>
    </message>
    <message>
        <source>COBie workbook (.xlsx)</source>
        <translation>COBie-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>“{name}” is not a COBie workbook: it has neither a Floor nor a Space sheet.</source>
        <translation>„{name}“ ist keine COBie-Arbeitsmappe: Sie hat weder ein Blatt „Floor“ noch „Space“.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{name}” has more than {limit} rows.</source>
        <translation>Das Blatt „{sheet}“ von „{name}“ hat mehr als {limit} Zeilen.</translation>
    </message>
    <message>
        <source>(no floor)</source>
        <translation>(kein Geschoss)</translation>
    </message>
    <message>
        <source>The space “{space}” is on the floor “{floor}”, which the Floor sheet lacks; it was added.</source>
        <translation>Der Raum „{space}“ liegt im Geschoss „{floor}“, das im Blatt „Floor“ fehlt; es wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>“{name}” has no Facility sheet; the facility was named after the file.</source>
        <translation>„{name}“ hat kein Blatt „Facility“; die Liegenschaft wurde nach der Datei benannt.</translation>
    </message>
    <message>
        <source>Components refer to spaces the Space sheet lacks: {spaces}.</source>
        <translation>Komponenten verweisen auf Räume, die im Blatt „Space“ fehlen: {spaces}.</translation>
    </message>
    <message>
        <source>The {sheet} sheet lists “{name}” more than once; the first row was used.</source>
        <translation>Das Blatt {sheet} führt „{name}“ mehrfach auf; die erste Zeile wurde verwendet.</translation>
    </message>
    <message>
        <source>Column {index} does not exist in this file.</source>
        <translation>Spalte {index} existiert in dieser Datei nicht.</translation>
    </message>
    <message>
        <source>The saved column mapping cannot be read ({detail}).</source>
        <translation>Die gespeicherte Spaltenzuordnung kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>The saved column mapping uses the column “{name}”, which this file does not have.</source>
        <translation>Die gespeicherte Spaltenzuordnung verwendet die Spalte „{name}“, die diese Datei nicht hat.</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} rows; split it into smaller files.</source>
        <translation>„{name}“ hat mehr als {limit} Zeilen; teilen Sie sie in kleinere Dateien.</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” has {count} columns; at most {limit} are accepted.</source>
        <translation>Zeile {line} von „{name}“ hat {count} Spalten; höchstens {limit} werden angenommen.</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be read ({detail}).</source>
        <translation>Zeile {line} von „{name}“ kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>“{name}” is not a {kind}: it is not a readable ZIP archive ({detail}).</source>
        <translation>„{name}“ ist keine gültige Datei vom Typ {kind}: kein lesbares ZIP-Archiv ({detail}).</translation>
    </message>
    <message>
        <source>“{archive}” has no entry “{entry}”.</source>
        <translation>„{archive}“ hat keinen Eintrag „{entry}“.</translation>
    </message>
    <message>
        <source>The entry “{entry}” in “{archive}” is damaged or cannot be read ({detail}).</source>
        <translation>Der Eintrag „{entry}“ in „{archive}“ ist beschädigt oder kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>“{name}” has {count} entries; at most {limit} are accepted.</source>
        <translation>„{name}“ hat {count} Einträge; höchstens {limit} werden angenommen.</translation>
    </message>
    <message>
        <source>“{name}” would unpack to {size}, more than the {limit} accepted; it was refused as a possible zip bomb.</source>
        <translation>„{name}“ würde auf {size} entpackt, mehr als die zulässigen {limit}; es wurde als mögliche ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>The entry “{entry}” in “{archive}” is encrypted; it cannot be read.</source>
        <translation>Der Eintrag „{entry}“ in „{archive}“ ist verschlüsselt; er kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“{archive}” contains the entry “{entry}” twice; it was refused.</source>
        <translation>„{archive}“ enthält den Eintrag „{entry}“ doppelt; es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The entry “{entry}” in “{archive}” inflates far beyond its stored size; it was refused as a possible zip bomb.</source>
        <translation>Der Eintrag „{entry}“ in „{archive}“ wird weit über seine gespeicherte Größe entpackt; er wurde als mögliche ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>“{archive}” has no file “{entry}”.</source>
        <translation>„{archive}“ hat keine Datei „{entry}“.</translation>
    </message>
    <message>
        <source>“{entry}” in “{archive}” cannot be read ({detail}).</source>
        <translation>„{entry}“ in „{archive}“ kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>“{entry}” in “{archive}” is larger than {limit}; it was refused.</source>
        <translation>„{entry}“ in „{archive}“ ist größer als {limit}; es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The folder “{name}” holds more files or data than accepted.</source>
        <translation>Der Ordner „{name}“ enthält mehr Dateien oder Daten als zulässig.</translation>
    </message>
    <message>
        <source>Punch lists cannot be exported in the layout “{layout}”.</source>
        <translation>Mängellisten können nicht im Layout „{layout}“ exportiert werden.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>Gewerk</translation>
    </message>
    <message>
        <source>responsible contractor</source>
        <translation>verantwortlicher Auftragnehmer</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>created date</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>Fremdnummer</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>final approver</source>
        <translation>Endfreigabe durch</translation>
    </message>
    <message>
        <source>“{name}” has a header row but no data rows: there is nothing to import.</source>
        <translation>„{name}“ hat eine Kopfzeile, aber keine Datenzeilen: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The chosen column mapping was made for a file with other columns than “{name}”.</source>
        <translation>Die gewählte Spaltenzuordnung wurde für eine Datei mit anderen Spalten als „{name}“ erstellt.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}.</source>
        <translation>Wählen Sie eine Spalte für: {fields}.</translation>
    </message>
    <message>
        <source>row {row}: title is {length} characters long; at most {limit} fit</source>
        <translation>Zeile {row}: Titel ist {length} Zeichen lang; höchstens {limit} passen</translation>
    </message>
    <message>
        <source>row {row}: number &apos;{value}&apos; is already used on row {other}</source>
        <translation>Zeile {row}: Nummer &apos;{value}&apos; wird bereits in Zeile {other} verwendet</translation>
    </message>
    <message>
        <source>row {row}: {field} &apos;{value}&apos; could be day-first or month-first; choose the date order</source>
        <translation>Zeile {row}: {field} &apos;{value}&apos; könnte Tag zuerst oder Monat zuerst sein; wählen Sie die Datumsreihenfolge</translation>
    </message>
    <message>
        <source>row {row}: {field} &apos;{value}&apos; is not a date</source>
        <translation>Zeile {row}: {field} &apos;{value}&apos; ist kein Datum</translation>
    </message>
    <message>
        <source>row {row}: {field} is {length} characters long; at most {limit} fit</source>
        <translation>Zeile {row}: {field} ist {length} Zeichen lang; höchstens {limit} passen</translation>
    </message>
    <message>
        <source>row {row}: {field} is a formula without a saved result; open the file in Excel and save it again</source>
        <translation>Zeile {row}: {field} ist eine Formel ohne gespeichertes Ergebnis; öffnen Sie die Datei in Excel und speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>row {row}: {field} is empty</source>
        <translation>Zeile {row}: {field} ist leer</translation>
    </message>
    <message>
        <source>row {row}: {field} &apos;{value}&apos; is not known; map it to one of: {choices}</source>
        <translation>Zeile {row}: {field} &apos;{value}&apos; ist unbekannt; ordnen Sie es einem dieser Werte zu: {choices}</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>er enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>it is an absolute path</source>
        <translation>er ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>it starts with a drive letter</source>
        <translation>er beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>it climbs out of the archive with “..”</source>
        <translation>er verlässt das Archiv mit „..“</translation>
    </message>
    <message>
        <source>“{archive}” contains the unsafe entry “{entry}”: {reason}. It was refused.</source>
        <translation>„{archive}“ enthält den unsicheren Eintrag „{entry}“: {reason}. Es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>An empty file name cannot be saved.</source>
        <translation>Ein leerer Dateiname kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“{name}” would be written outside “{folder}”; refused.</source>
        <translation>„{name}“ würde außerhalb von „{folder}“ geschrieben; abgelehnt.</translation>
    </message>
    <message>
        <source>“{source}” uses XML features (a DTD or entity declarations) that are refused for safety.</source>
        <translation>„{source}“ verwendet XML-Funktionen (eine DTD oder Entity-Deklarationen), die aus Sicherheitsgründen abgelehnt werden.</translation>
    </message>
    <message>
        <source>“{source}” is not well-formed XML ({detail}).</source>
        <translation>„{source}“ ist kein wohlgeformtes XML ({detail}).</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <source>“{name}” is {size}; files up to {limit} can be imported.</source>
        <translation>„{name}“ hat {size}; Dateien bis {limit} können importiert werden.</translation>
    </message>
    <message>
        <source>“{name}” is an old Excel 97–2003 (.xls) workbook. Save it as .xlsx or CSV and import that.</source>
        <translation>„{name}“ ist eine alte Excel-97–2003-Arbeitsmappe (.xls). Speichern Sie sie als .xlsx oder CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <source>“{name}” contains no data.</source>
        <translation>„{name}“ enthält keine Daten.</translation>
    </message>
    <message>
        <source>“{name}” is not a text, CSV or Excel file.</source>
        <translation>„{name}“ ist keine Text-, CSV- oder Excel-Datei.</translation>
    </message>
    <message>
        <source>“{name}” changed while it was being read; open it again.</source>
        <translation>„{name}“ wurde während des Lesens geändert; öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>“{name}” is not UTF-8; it was read as Windows-1252 (Western European).</source>
        <translation>„{name}“ ist nicht UTF-8; die Datei wurde als Windows-1252 (Westeuropäisch) gelesen.</translation>
    </message>
    <message>
        <source>{count} byte sequences in “{name}” are not valid {encoding} and were replaced with “�”.</source>
        <translation>{count} Bytefolgen in „{name}“ sind kein gültiges {encoding} und wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>“{name}” is a ZIP archive but not an Excel workbook (.xlsx).</source>
        <translation>„{name}“ ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>{count} formula cells in “{name}” have no saved result (the file was never recalculated) and read as empty. Open it in Excel and save it again to fix that.</source>
        <translation>{count} Formelzellen in „{name}“ haben kein gespeichertes Ergebnis (die Datei wurde nie neu berechnet) und werden als leer gelesen. Öffnen Sie die Datei in Excel und speichern Sie sie erneut, um das zu beheben.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>„{name}“ hat kein Blatt „{sheet}“. Die Blätter sind: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{name}” cannot be read ({detail}).</source>
        <translation>Das Blatt „{sheet}“ von „{name}“ kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} columns; at most {limit} are accepted.</source>
        <translation>„{name}“ hat mehr als {limit} Spalten; höchstens {limit} werden angenommen.</translation>
    </message>
    <message>
        <source>(no text; status “{status}”, with a viewpoint)</source>
        <translation>(kein Text; Status „{status}“, mit Ansichtspunkt)</translation>
    </message>
    <message>
        <source>(no text; status “{status}”)</source>
        <translation>(kein Text; Status „{status}“)</translation>
    </message>
    <message>
        <source>(no text; with a viewpoint)</source>
        <translation>(kein Text; mit Ansichtspunkt)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>“{name}” has more than {limit} rows below its header; split it into smaller files.</source>
        <extracomment>Data rows kept in memory for previews (the import screen shows the first 500).</extracomment>
        <translation>„{name}“ hat unter der Kopfzeile mehr als {limit} Zeilen; teilen Sie die Datei in kleinere Dateien.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read ({reason}).</source>
        <translation>„{file}“ kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>“{file}” is not a P6 XER file: it has no projects to pick from.</source>
        <translation>„{file}“ ist keine P6-XER-Datei: Sie enthält keine Projekte zur Auswahl.</translation>
    </message>
    <message>
        <source>“{file}” is a Microsoft Project .mpp file, which is not read here: open it in MS Project and save it as XML (File › Save As › XML Format), then import the .xml file.</source>
        <translation>„{file}“ ist eine Microsoft-Project-Datei (.mpp), die hier nicht gelesen wird: Öffnen Sie sie in MS Project, speichern Sie sie als XML (Datei › Speichern unter › XML-Format) und importieren Sie dann die .xml-Datei.</translation>
    </message>
    <message>
        <source>“{file}” is a Primavera P6 XML (PMXML) export, which is not read here: export the project from P6 as XER and import the .xer file.</source>
        <translation>„{file}“ ist ein Primavera-P6-XML-Export (PMXML), der hier nicht gelesen wird: Exportieren Sie das Projekt aus P6 als XER und importieren Sie die .xer-Datei.</translation>
    </message>
    <message>
        <source>“{file}” is not a schedule: import a Primavera P6 .xer file or a Microsoft Project .xml file.</source>
        <translation>„{file}“ ist kein Terminplan: Importieren Sie eine Primavera-P6-Datei (.xer) oder eine Microsoft-Project-Datei (.xml).</translation>
    </message>
    <message>
        <source>“{file}” is not a Microsoft Project XML file.</source>
        <translation>„{file}“ ist keine Microsoft-Project-XML-Datei.</translation>
    </message>
    <message>
        <source>“{file}” uses XML features (a DTD or entity declarations) that are refused for safety.</source>
        <translation>„{file}“ verwendet XML-Funktionen (eine DTD oder Entity-Deklarationen), die aus Sicherheitsgründen abgelehnt werden.</translation>
    </message>
    <message>
        <source>“{file}” is not well-formed XML ({detail}).</source>
        <translation>„{file}“ ist kein wohlgeformtes XML ({detail}).</translation>
    </message>
    <message>
        <source>“{file}” is not a Primavera P6 XER file.</source>
        <translation>„{file}“ ist keine Primavera-P6-XER-Datei.</translation>
    </message>
    <message>
        <source>“{file}” ends early (no %E line): it was cut short. Export it again.</source>
        <translation>„{file}“ endet vorzeitig (keine %E-Zeile): Die Datei wurde abgeschnitten. Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>“{file}” holds {count} projects: {names}.</source>
        <translation>„{file}“ enthält {count} Projekte: {names}.</translation>
    </message>
    <message>
        <source>{short} “{name}” ({count} activities)</source>
        <translation>{short} „{name}“ ({count} Aktivitäten)</translation>
    </message>
    <message>
        <source>“{file}” holds no project {wanted}; its projects: {names}.</source>
        <translation>„{file}“ enthält kein Projekt {wanted}; ihre Projekte: {names}.</translation>
    </message>
    <message>
        <source>“{file}” holds no P6 project.</source>
        <translation>„{file}“ enthält kein P6-Projekt.</translation>
    </message>
    <message>
        <source>Calendar {name}: its working week cannot be read; Monday to Friday is used.</source>
        <translation>Kalender {name}: Seine Arbeitswoche kann nicht gelesen werden; Montag bis Freitag wird verwendet.</translation>
    </message>
    <message>
        <source>“{name}” is not a Uniclass 2015 table: no code like Ss_25_10 with a title on row {rows}.</source>
        <translation>„{name}“ ist keine Uniclass-2015-Tabelle: kein Code wie Ss_25_10 mit Titel in Zeile {rows}.</translation>
    </message>
    <message>
        <source>“{name}” holds no Uniclass 2015 codes.</source>
        <translation>„{name}“ enthält keine Uniclass-2015-Codes.</translation>
    </message>
    <message>
        <source>The folder “{name}” holds no Uniclass 2015 table {table}; name the table&apos;s file (for example Uniclass2015_EF.csv).</source>
        <translation>Der Ordner „{name}“ enthält keine Uniclass-2015-Tabelle {table}; geben Sie die Datei der Tabelle an (zum Beispiel Uniclass2015_EF.csv).</translation>
    </message>
    <message>
        <source>“{name}” is not a Uniclass 2015 table: no header row with the columns Code and Title.</source>
        <translation>„{name}“ ist keine Uniclass-2015-Tabelle: keine Kopfzeile mit den Spalten Code und Title.</translation>
    </message>
    <message>
        <source>{name}: nothing was imported; {count} row(s) have problems.</source>
        <translation>{name}: Es wurde nichts importiert; {count} Zeile(n) haben Fehler.</translation>
    </message>
    <message>
        <source>{name}: {added} line(s) added to the schedule of values of {number}, {updated} updated.</source>
        <translation>{name}: {added} Position(en) zum Leistungsverzeichnis von {number} hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>{name}: {added} budget line(s) added, {updated} updated; {codes} cost code(s) added, {kept} kept.</source>
        <translation>{name}: {added} Budgetposition(en) hinzugefügt, {updated} aktualisiert; {codes} Kostengruppe(n) hinzugefügt, {kept} beibehalten.</translation>
    </message>
    <message>
        <source>The CSI divisions are built in; give no file with csi.</source>
        <translation>Die CSI-Gliederung ist eingebaut; geben Sie mit csi keine Datei an.</translation>
    </message>
    <message>
        <source>Name the Uniclass 2015 table to use, for example Uniclass2015_EF.csv.</source>
        <translation>Nennen Sie die zu verwendende Uniclass-2015-Tabelle, zum Beispiel Uniclass2015_EF.csv.</translation>
    </message>
    <message>
        <source>“{name}” is not a known cost-code standard; use csi or uniclass.</source>
        <translation>„{name}“ ist kein bekannter Kostengruppen-Standard; verwenden Sie csi oder uniclass.</translation>
    </message>
    <message>
        <source>{number} is not a contract or purchase order; give one like SC-001.</source>
        <translation>{number} ist kein Vertrag und keine Bestellung; geben Sie z. B. SC-001 an.</translation>
    </message>
    <message>
        <source>Row {row}, Cost code: there is no cost code {code} in this project</source>
        <translation>Zeile {row}, Kostengruppe: In diesem Projekt gibt es keine Kostengruppe {code}</translation>
    </message>
    <message>
        <source>“{text}” could be {point} or {comma}; write it with its decimals (1,234.00 or 1.234,00) or say which decimal mark the file uses</source>
        <translation>„{text}“ könnte {point} oder {comma} sein; schreiben Sie den Betrag mit Nachkommastellen (1,234.00 oder 1.234,00) oder geben Sie an, welches Dezimalzeichen die Datei verwendet</translation>
    </message>
    <message>
        <source>“{text}” is not an amount</source>
        <translation>„{text}“ ist kein Betrag</translation>
    </message>
    <message>
        <source>{text} has fractions of a cent; round it to two decimals</source>
        <translation>{text} enthält Bruchteile eines Cents; runden Sie auf zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>the formula&apos;s saved result is an error ({text}); correct it in Excel first</source>
        <translation>das gespeicherte Ergebnis der Formel ist ein Fehler ({text}); korrigieren Sie sie zuerst in Excel</translation>
    </message>
    <message>
        <source>a decimal point</source>
        <translation>ein Dezimalpunkt</translation>
    </message>
    <message>
        <source>a decimal comma</source>
        <translation>ein Dezimalkomma</translation>
    </message>
    <message>
        <source>“{text}” is written with {odd}, but row {other} of the column uses {usual}</source>
        <translation>„{text}“ ist mit {odd} geschrieben, Zeile {other} der Spalte verwendet aber {usual}</translation>
    </message>
    <message>
        <source>“{text}” is too large for an amount</source>
        <translation>„{text}“ ist für einen Betrag zu groß</translation>
    </message>
    <message>
        <source>“{text}” has fractions of a cent; round it to two decimals</source>
        <translation>„{text}“ enthält Bruchteile eines Cents; runden Sie auf zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>“{text}” is negative; the amount cannot be below zero here</source>
        <translation>„{text}“ ist negativ; der Betrag darf hier nicht unter null liegen</translation>
    </message>
    <message>
        <source>“{text}” is in {found}, but the project&apos;s currency is {currency}</source>
        <translation>„{text}“ ist in {found}, die Währung des Projekts ist aber {currency}</translation>
    </message>
    <message>
        <source>{length} characters; at most {limit} fit</source>
        <translation>{length} Zeichen; höchstens {limit} passen</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {reason}</source>
        <translation>Zeile {row}, {column}: {reason}</translation>
    </message>
    <message>
        <source>a formula with no saved value; open the file in Excel and save it again</source>
        <translation>eine Formel ohne gespeicherten Wert; öffnen Sie die Datei in Excel und speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>“{name}” has no header row naming its columns; the {what} needs at least {columns}.</source>
        <translation>„{name}“ hat keine Kopfzeile mit Spaltennamen; für {what} sind mindestens {columns} nötig.</translation>
    </message>
    <message>
        <source>“{name}” has no {label} column (a column headed {aliases}); the {what} needs one.</source>
        <translation>„{name}“ hat keine Spalte {label} (eine Spalte mit der Überschrift {aliases}); für {what} ist sie nötig.</translation>
    </message>
    <message>
        <source>Left out as totals: row {rows}.</source>
        <translation>Als Summen ausgelassen: Zeile {rows}.</translation>
    </message>
    <message>
        <source>Left out as headings (no code, no amount): row {rows}.</source>
        <translation>Als Überschriften ausgelassen (keine Kostengruppe, kein Betrag): Zeile {rows}.</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>das Budget</translation>
    </message>
    <message>
        <source>empty; every budget line needs its cost code</source>
        <translation>leer; jede Budgetposition braucht ihre Kostengruppe</translation>
    </message>
    <message>
        <source>the line has no description</source>
        <translation>die Position hat keine Beschreibung</translation>
    </message>
    <message>
        <source>“{text}” is not a cost category; use one of: {all}</source>
        <translation>„{text}“ ist keine Kostenart; verwenden Sie eine von: {all}</translation>
    </message>
    <message>
        <source>schedule of values</source>
        <translation>das Leistungsverzeichnis</translation>
    </message>
    <message>
        <source>empty; every line needs its item number</source>
        <translation>leer; jede Position braucht ihre Positionsnummer</translation>
    </message>
    <message>
        <source>“{item}” is also on row {other}</source>
        <translation>„{item}“ steht auch in Zeile {other}</translation>
    </message>
    <message>
        <source>empty; every line needs a description</source>
        <translation>leer; jede Position braucht eine Beschreibung</translation>
    </message>
    <message>
        <source>empty; every line needs its scheduled value</source>
        <translation>leer; jede Position braucht ihren LV-Wert</translation>
    </message>
    <message>
        <source>“{code}” is longer than 60 characters</source>
        <translation>„{code}“ ist länger als 60 Zeichen</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} oder {last}</translation>
    </message>
</context>
<context>
    <name>IssuedReportsModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Herausgegeben</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <source>Contractor issues</source>
        <translation>Auftragnehmer-Vorgänge</translation>
    </message>
    <message>
        <source>Search issues</source>
        <translation>Vorgänge durchsuchen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;New issue…</source>
        <translation>&amp;Neuer Vorgang…</translation>
    </message>
    <message>
        <source>Select an issue</source>
        <translation>Wählen Sie einen Vorgang aus</translation>
    </message>
    <message>
        <source>Close issue</source>
        <translation>Vorgang schließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Response thread&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antwortverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write a reply (Ctrl+Enter sends)</source>
        <translation>Antwort schreiben (Strg+Enter sendet)</translation>
    </message>
    <message>
        <source>Recorded on behalf of the contractor</source>
        <translation>Im Namen des Auftragnehmers erfasst</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links and history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verknüpfungen und Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>No contractor issues in this project yet</source>
        <translation>Noch keine Auftragnehmer-Vorgänge in diesem Projekt</translation>
    </message>
    <message>
        <source>Contractor issues are the observations, non-conformance reports and requests for information you raise with a contractor, each with its response thread, due date and who has the ball. Failed inspection items can raise them too.</source>
        <translation>Auftragnehmer-Vorgänge sind die Beobachtungen, Abweichungsberichte (NCR) und Rückfragen (RFI), die Sie an einen Auftragnehmer richten, jeweils mit Antwortverlauf, Fälligkeit und der Angabe, wer am Zug ist. Auch nicht bestandene Prüfpunkte können sie auslösen.</translation>
    </message>
    <message>
        <source>Raise the first issue…</source>
        <translation>Ersten Vorgang erfassen…</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#C62828&apos;&gt;{due} (overdue)&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#C62828&apos;&gt;{due} (überfällig)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{type} · severity {severity} · &lt;b&gt;{status}&lt;/b&gt;&lt;br&gt;Ball in court: &lt;b&gt;{ball}&lt;/b&gt; · due {due}&lt;br&gt;{contractor} · {location}&lt;br&gt;{spec}&lt;br&gt;{description}</source>
        <translation>{type} · Schweregrad {severity} · &lt;b&gt;{status}&lt;/b&gt;&lt;br&gt;Am Zug: &lt;b&gt;{ball}&lt;/b&gt; · fällig {due}&lt;br&gt;{contractor} · {location}&lt;br&gt;{spec}&lt;br&gt;{description}</translation>
    </message>
    <message>
        <source>no contractor</source>
        <translation>kein Auftragnehmer</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>kein Ort</translation>
    </message>
    <message>
        <source>{author} (contractor)</source>
        <translation>{author} (Auftragnehmer)</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Owner&apos;s rep</source>
        <translation>Bauherrenvertreter</translation>
    </message>
</context>
<context>
    <name>LineDecisionDialog</name>
    <message>
        <source>Reduce item {item}</source>
        <translation>Position {item} kürzen</translation>
    </message>
    <message>
        <source>Reject item {item}</source>
        <translation>Position {item} zurückweisen</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Kürzen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>{item} · {description}: claimed {work} of work this period and {stored} of stored materials.</source>
        <translation>{item} · {description}: in diesem Zeitraum {work} Leistung und {stored} gelagertes Material abgerechnet.</translation>
    </message>
    <message>
        <source>Approved &amp;work ({currency})</source>
        <translation>Genehmigte &amp;Leistung ({currency})</translation>
    </message>
    <message>
        <source>Approved &amp;stored ({currency})</source>
        <translation>Genehmigtes &amp;Material ({currency})</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Punch items</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Contractor issues</source>
        <translation>AN-Vorgänge</translation>
    </message>
    <message>
        <source>Response thread</source>
        <translation>Antwortverlauf</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Diary days</source>
        <translation>Bautagebuchtage</translation>
    </message>
    <message>
        <source>Manpower</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Delays</source>
        <translation>Behinderungen</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Anordnungsbeziehungen</translation>
    </message>
    <message>
        <source>Delay events</source>
        <translation>Behinderungen</translation>
    </message>
    <message>
        <source>Activities {number}</source>
        <translation>Aktivitäten {number}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget transfers</source>
        <translation>Budgetumschichtungen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Verträge und Bestellungen</translation>
    </message>
    <message>
        <source>Pay applications</source>
        <translation>Abschlagsrechnungen</translation>
    </message>
    <message>
        <source>“{kind}” is not a cost list; choose one of: {all}.</source>
        <translation>„{kind}“ ist keine Kostenliste; wählen Sie eine von: {all}.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the list as it is filtered now to Excel or CSV ({keys})</source>
        <translation>Die Liste wie gerade gefiltert nach Excel oder CSV exportieren ({keys})</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Diese Liste exportieren…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>LocationBox</name>
    <message>
        <source>No location: type to find one</source>
        <translation>Kein Ort: zum Suchen tippen</translation>
    </message>
    <message>
        <source>Type any part of the location&apos;s name, at any level, to find it</source>
        <translation>Einen beliebigen Teil des Ortsnamens eingeben, auf jeder Ebene, um den Ort zu finden</translation>
    </message>
</context>
<context>
    <name>LookaheadTab</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Window after the data date</source>
        <translation>&amp;Zeitfenster nach dem Stichtag</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Ort)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <source>Open punch</source>
        <translation>Offene Mängel</translation>
    </message>
    <message>
        <source>Punch by location</source>
        <translation>Mängel nach Ort</translation>
    </message>
    <message>
        <source>Last worked</source>
        <translation>Zuletzt gearbeitet</translation>
    </message>
    <message>
        <source>Double-click an activity to open it in the programme</source>
        <translation>Doppelklicken Sie auf eine Aktivität, um sie im Terminplan zu öffnen</translation>
    </message>
    <message>
        <source>From {date} — in progress or starting: {count} · open issues linked: {issues} · open punch items linked: {punch}</source>
        <translation>Ab {date} — in Arbeit oder beginnend: {count} · verknüpfte offene Vorgänge: {issues} · verknüpfte offene Mängel: {punch}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Executrek Field</source>
        <extracomment>Fourteen screens in a column fit the ~560 px a 1280×720 laptop leaves for them.</extracomment>
        <translation>Executrek Field</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>The project the module screens show</source>
        <translation>Das Projekt, das die Bereiche anzeigen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project: </source>
        <translation>Projekt: </translation>
    </message>
    <message>
        <source>Opening the project database…</source>
        <translation>Projektdatenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Data: {path} · device {tag}</source>
        <translation>Daten: {path} · Gerät {tag}</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Gehe zu {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Load &amp;demo portfolio</source>
        <translation>&amp;Demo-Portfolio laden</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Search everywhere…</source>
        <translation>Überall &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Executrek Field</source>
        <translation>Ü&amp;ber Executrek Field</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Some edits are not saved yet. Quit anyway and lose them?</source>
        <translation>Einige Änderungen sind noch nicht gespeichert. Trotzdem beenden und sie verwerfen?</translation>
    </message>
    <message>
        <source>About Executrek Field</source>
        <translation>Über Executrek Field</translation>
    </message>
    <message>
        <source>Executrek Field {version}
Site inspections, change orders, contractor issues and punch lists for owner&apos;s representatives.</source>
        <translation>Executrek Field {version}
Baustellenprüfungen, Nachträge, Auftragnehmer-Vorgänge und Mängellisten für Bauherrenvertreter.</translation>
    </message>
</context>
<context>
    <name>MarkupCanvas</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text to place on the photo:</source>
        <translation>Text, der auf das Foto gesetzt wird:</translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <source>Mark up photo</source>
        <translation>Foto markieren</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>Freihand</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour {colour}</source>
        <translation>Farbe {colour}</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Width </source>
        <translation>Breite </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Markup is kept separately: the original photo is never changed.</source>
        <translation>Markierungen werden getrennt gespeichert: Das Originalfoto wird nie verändert.</translation>
    </message>
    <message>
        <source>Markup colour</source>
        <translation>Markierungsfarbe</translation>
    </message>
</context>
<context>
    <name>MultiChoice</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Punch list</source>
        <translation>Mängelliste</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Contractor issues</source>
        <translation>AN-Vorgänge</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Verträge und Bestellungen</translation>
    </message>
    <message>
        <source>Pay applications</source>
        <translation>Abschlagsrechnungen</translation>
    </message>
    <message>
        <source>Site diary</source>
        <translation>Bautagebuch</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Pläne</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New payment application</source>
        <translation>Neue Abschlagsrechnung</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>V&amp;ertrag / Bestellung</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Zeitraum &amp;von</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Zeitraum &amp;bis</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Ein&amp;gegangen am</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>No executed commitment yet: execute a contract first.</source>
        <translation>Noch kein unterzeichneter Vertrag bzw. keine unterzeichnete Bestellung: Unterzeichnen Sie zuerst einen Vertrag.</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>— choose a template —</source>
        <translation>— Vorlage auswählen —</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keiner —</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Contractor</source>
        <translation>&amp;Auftragnehmer</translation>
    </message>
    <message>
        <source>&amp;Weather</source>
        <translation>&amp;Wetter</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>Teil&amp;nehmer</translation>
    </message>
    <message>
        <source>&amp;Start inspection</source>
        <translation>Prüfung &amp;beginnen</translation>
    </message>
    <message>
        <source>Template: choose the checklist to use.</source>
        <translation>Vorlage: Wählen Sie die zu verwendende Checkliste.</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <source>New contractor issue</source>
        <translation>Neuer Auftragnehmer-Vorgang</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Contractor</source>
        <translation>A&amp;uftragnehmer</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>S&amp;pec reference</source>
        <translation>S&amp;pezifikation</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>NewPinnedItemDialog</name>
    <message>
        <source>New punch item on the sheet</source>
        <translation>Neuer Mangel auf dem Plan</translation>
    </message>
    <message>
        <source>New contractor issue on the sheet</source>
        <translation>Neuer Auftragnehmer-Vorgang auf dem Plan</translation>
    </message>
    <message>
        <source>What is wrong here?</source>
        <translation>Was ist hier mangelhaft?</translation>
    </message>
    <message>
        <source>(no contractor)</source>
        <translation>(kein Auftragnehmer)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>The item takes the sheet&apos;s location.</source>
        <translation>Der Eintrag übernimmt den Ort des Plans.</translation>
    </message>
    <message>
        <source>Add punch item</source>
        <translation>Mangel hinzufügen</translation>
    </message>
    <message>
        <source>Add issue</source>
        <translation>Vorgang hinzufügen</translation>
    </message>
</context>
<context>
    <name>OpenRecord</name>
    <message>
        <source>Finish or close the open inspection first, then search again.</source>
        <translation>Schließen Sie zuerst die offene Prüfung ab oder schließen Sie sie, und suchen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The record is not in the list as it is filtered or loaded so far; its details are shown.</source>
        <translation>Der Datensatz steht nicht in der Liste, wie sie gefiltert oder bisher geladen ist; seine Details werden angezeigt.</translation>
    </message>
    <message>
        <source>The record is not in the list as it is filtered: clear the filters.</source>
        <translation>Der Datensatz steht nicht in der gefilterten Liste: Filter zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payment applications</source>
        <translation>Abschlagsrechnungen</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Abschlagsrechnungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Neue Abschlagsrechnung…</translation>
    </message>
    <message>
        <source>A contractor&apos;s application for a period (Ctrl+Shift+N)</source>
        <translation>Abschlagsrechnung eines Auftragnehmers für einen Zeitraum (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>New payment application</source>
        <translation>Neue Abschlagsrechnung</translation>
    </message>
    <message>
        <source>Approve the line selected as claimed</source>
        <translation>Die ausgewählte Zeile wie abgerechnet genehmigen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vertrag / Bestellung</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimed this period</source>
        <translation>In diesem Zeitraum abgerechnet</translation>
    </message>
    <message>
        <source>Certified amount</source>
        <translation>Bescheinigter Betrag</translation>
    </message>
    <message>
        <source>{number} · {commitment} {title} · {contractor} · {start} – {end} · {status}</source>
        <translation>{number} · {commitment} {title} · {contractor} · {start} – {end} · {status}</translation>
    </message>
    <message>
        <source>payment due {amount}</source>
        <translation>fällige Zahlung {amount}</translation>
    </message>
    <message>
        <source>⚠ {count} over-claimed line(s)</source>
        <translation>⚠ {count} überhöht abgerechnete Zeile(n)</translation>
    </message>
    <message>
        <source>certified {amount} by {name}</source>
        <translation>{amount} bescheinigt von {name}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only a PMO administrator can change the PMO library&apos;s templates.</source>
        <translation>Nur ein PMO-Administrator kann die Vorlagen der PMO-Bibliothek ändern.</translation>
    </message>
    <message>
        <source>Only a PMO administrator can change the PMO&apos;s settings; these come from the central database.</source>
        <translation>Nur ein PMO-Administrator kann die PMO-Einstellungen ändern; sie kommen aus der zentralen Datenbank.</translation>
    </message>
    <message>
        <source>You are not a member of this project on the central database.</source>
        <translation>Sie sind in der zentralen Datenbank kein Mitglied dieses Projekts.</translation>
    </message>
    <message>
        <source>You can read this project but not change it (your role is viewer).</source>
        <translation>Sie können dieses Projekt lesen, aber nicht ändern (Ihre Rolle ist „Leser“).</translation>
    </message>
    <message>
        <source>This change order ({amount}) is above your approval limit of {limit}.</source>
        <translation>Dieser Nachtrag ({amount}) liegt über Ihrer Genehmigungsgrenze von {limit}.</translation>
    </message>
    <message>
        <source>This certificate ({amount}) is above your approval limit of {limit}.</source>
        <translation>Diese Bescheinigung ({amount}) liegt über Ihrer Genehmigungsgrenze von {limit}.</translation>
    </message>
    <message>
        <source>Only a project manager can approve or reject change orders.</source>
        <translation>Nur ein Projektleiter kann Nachträge genehmigen oder zurückweisen.</translation>
    </message>
    <message>
        <source>Only a project manager can certify a payment application.</source>
        <translation>Nur ein Projektleiter kann eine Abschlagsrechnung bescheinigen.</translation>
    </message>
    <message>
        <source>Only a project manager can change the project team.</source>
        <translation>Nur ein Projektleiter kann das Projektteam ändern.</translation>
    </message>
    <message>
        <source>Only a project manager can change the budget, commitments and payments.</source>
        <translation>Nur ein Projektleiter kann Budget, Verträge und Bestellungen sowie Zahlungen ändern.</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <source>imported {when}</source>
        <extracomment>Made off the GUI thread: the thumbnail of one photo, already scaled for the grid.</extracomment>
        <translation>importiert {when}</translation>
    </message>
    <message>
        <source>On {records}</source>
        <translation>Zu {records}</translation>
    </message>
    <message>
        <source>Not linked to a record yet</source>
        <translation>Noch mit keinem Datensatz verknüpft</translation>
    </message>
    <message>
        <source>The preview could not be read.</source>
        <translation>Die Vorschau konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected photo (double-click or Enter)</source>
        <translation>Gewähltes Foto öffnen (Doppelklick oder Eingabe)</translation>
    </message>
    <message>
        <source>Mark up…</source>
        <translation>Markieren…</translation>
    </message>
    <message>
        <source>Before/after</source>
        <translation>Vorher/nachher</translation>
    </message>
    <message>
        <source>The first and the latest photo side by side</source>
        <translation>Erstes und neuestes Foto nebeneinander</translation>
    </message>
    <message>
        <source>Or drop photo files here, or paste them (Ctrl+V)</source>
        <translation>Oder Fotodateien hierher ziehen oder einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take the photos just added off again (Ctrl+Z)</source>
        <translation>Die gerade hinzugefügten Fotos wieder entfernen (Strg+Z)</translation>
    </message>
    <message>
        <source>Drop or paste photos here to attach them</source>
        <translation>Fotos hierher ziehen oder einfügen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Add {count} photo(s)</source>
        <translation>{count} Foto(s) hinzufügen</translation>
    </message>
    <message>
        <source>The photos just added were taken off again.</source>
        <translation>Die gerade hinzugefügten Fotos wurden wieder entfernt.</translation>
    </message>
    <message>
        <source>The clipboard holds no photo.</source>
        <translation>Die Zwischenablage enthält kein Foto.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Fotos ({patterns});;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>{imported} of {total} imported</source>
        <translation>{imported} von {total} importiert</translation>
    </message>
    <message>
        <source>, {count} duplicate(s)</source>
        <translation>, {count} Duplikat(e)</translation>
    </message>
    <message>
        <source>, {count} refused</source>
        <translation>, {count} abgelehnt</translation>
    </message>
    <message>
        <source>; the rest not saved: the disk is full</source>
        <translation>; der Rest wurde nicht gespeichert: Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} duplicate(s), {refused} refused</source>
        <translation>{imported} importiert, {duplicates} Duplikat(e), {refused} abgelehnt</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>the original photo is missing from the photo store</source>
        <translation>das Originalfoto fehlt im Fotoarchiv</translation>
    </message>
    <message>
        <source>could not save the preview ({detail})</source>
        <translation>die Vorschau konnte nicht gespeichert werden ({detail})</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>the file could not be read ({detail})</source>
        <translation>die Datei konnte nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>file is too large ({size} MB; limit {limit} MB)</source>
        <translation>Datei ist zu groß ({size} MB; Grenze {limit} MB)</translation>
    </message>
    <message>
        <source>image is too large (limit {limit} megapixels)</source>
        <translation>Bild ist zu groß (Grenze {limit} Megapixel)</translation>
    </message>
    <message>
        <source>image is too large ({mp} megapixels; limit {limit})</source>
        <translation>Bild ist zu groß ({mp} Megapixel; Grenze {limit})</translation>
    </message>
    <message>
        <source>not an image file, or an image format we cannot read</source>
        <translation>keine Bilddatei oder ein Bildformat, das nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>RAW camera files are not supported; export a JPEG</source>
        <translation>RAW-Kameradateien werden nicht unterstützt; exportieren Sie ein JPEG</translation>
    </message>
    <message>
        <source>this is a PDF document, not a photo; attach it as a document</source>
        <translation>dies ist ein PDF-Dokument, kein Foto; hängen Sie es als Dokument an</translation>
    </message>
    <message>
        <source>JPEG XL images are not supported; export a JPEG</source>
        <translation>JPEG-XL-Bilder werden nicht unterstützt; exportieren Sie ein JPEG</translation>
    </message>
    <message>
        <source>video files are not supported; attach a still photo</source>
        <translation>Videodateien werden nicht unterstützt; hängen Sie ein Standbild an</translation>
    </message>
    <message>
        <source>file is truncated or damaged</source>
        <translation>Datei ist unvollständig oder beschädigt</translation>
    </message>
    <message>
        <source>image data is damaged or uses an unsupported variant</source>
        <translation>Bilddaten sind beschädigt oder verwenden eine nicht unterstützte Variante</translation>
    </message>
    <message>
        <source>not enough memory to open this image</source>
        <translation>nicht genug Arbeitsspeicher, um dieses Bild zu öffnen</translation>
    </message>
    <message>
        <source>not saved: the disk is full</source>
        <translation>nicht gespeichert: Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <extracomment>Bytes read from the start of a file for sniffing. Larger files are refused before opening (a 120-megapixel photo stays far below this). Where a content kind has a MIME type of its own: ``image/`` and the kind&apos;s value.</extracomment>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>{name}: refused: {reason}</source>
        <translation>{name}: abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>{name}: already in the project</source>
        <translation>{name}: bereits im Projekt</translation>
    </message>
    <message>
        <source>{name}: imported</source>
        <translation>{name}: importiert</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>Fotos werden importiert…</translation>
    </message>
</context>
<context>
    <name>PhotosController</name>
    <message>
        <source>This record needs at least two photos to compare.</source>
        <translation>Für einen Vergleich braucht dieser Datensatz mindestens zwei Fotos.</translation>
    </message>
    <message>
        <source>Attach to record</source>
        <translation>An Datensatz anhängen</translation>
    </message>
    <message>
        <source>Record number (e.g. PI-0042, NCR-001, CO-003, INS-002):</source>
        <translation>Nummer des Datensatzes (z. B. PI-0042, NCR-001, CO-003, INS-002):</translation>
    </message>
    <message>
        <source>Pick a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Import a folder (e.g. a camera card)</source>
        <translation>Ordner importieren (z. B. eine Speicherkarte)</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Fotos importieren…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Aufgenommen ab</translation>
    </message>
    <message>
        <source>Not linked yet</source>
        <translation>Noch nicht verknüpft</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>No photos here yet. Drop photos or a folder on this page, or use Import.</source>
        <translation>Noch keine Fotos. Ziehen Sie Fotos oder einen Ordner auf diese Seite oder verwenden Sie „Importieren“.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Caption shown under the photo in reports</source>
        <translation>Bildunterschrift unter dem Foto in Berichten</translation>
    </message>
    <message>
        <source>Save caption</source>
        <translation>Bildunterschrift speichern</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Vorher / nachher</translation>
    </message>
    <message>
        <source>Select two photos, or pick a record to compare its before and after photos</source>
        <translation>Wählen Sie zwei Fotos oder einen Datensatz, um dessen Vorher- und Nachher-Fotos zu vergleichen</translation>
    </message>
    <message>
        <source>Mark up…</source>
        <translation>Markieren…</translation>
    </message>
    <message>
        <source>Attach to record…</source>
        <translation>An Datensatz anhängen…</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>{count} photo(s)</source>
        <translation>{count} Foto(s)</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>{count} photos selected</source>
        <translation>{count} Fotos ausgewählt</translation>
    </message>
    <message>
        <source>not stated (imported {when})</source>
        <translation>nicht angegeben (importiert {when})</translation>
    </message>
    <message>
        <source>{lat:.5f}, {lon:.5f} (kept in the app; reports leave it out unless asked)</source>
        <translation>{lat:.5f}, {lon:.5f} (in der App gespeichert; Berichte lassen es weg, sofern nicht gewünscht)</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <source>install them with: sudo apt-get install {packages} (and the packages that provide {unknown})</source>
        <translation>installieren Sie sie mit: sudo apt-get install {packages} (und den Paketen, die {unknown} bereitstellen)</translation>
    </message>
    <message>
        <source>install them with: sudo apt-get install {packages}</source>
        <translation>installieren Sie sie mit: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>install the packages that provide them</source>
        <translation>installieren Sie die Pakete, die sie bereitstellen</translation>
    </message>
    <message>
        <source>the window cannot open: Qt&apos;s X11 (xcb) platform plugin needs {libraries}, which cannot be loaded; {fix}; or run headless with {offscreen}</source>
        <translation>Das Fenster kann nicht geöffnet werden: Das X11-Plattform-Plugin (xcb) von Qt benötigt {libraries}, die nicht geladen werden können; {fix}; oder ohne Bildschirm starten mit {offscreen}</translation>
    </message>
</context>
<context>
    <name>PmoPart</name>
    <message>
        <source>You are a PMO administrator: Save sends your changes to these settings, the health thresholds and the cost checks to the central database, for every laptop.</source>
        <translation>Sie sind PMO-Administrator: „Speichern“ sendet Ihre Änderungen an diesen Einstellungen, den Ampelschwellen und den Kostenprüfungen an die zentrale Datenbank, für jeden Laptop.</translation>
    </message>
    <message>
        <source>The PMO&apos;s logo for every laptop: choose a PNG or JPEG file of at most 512 KB; Save sends it to the central database.</source>
        <translation>Das Logo des PMO für jeden Laptop: Wählen Sie eine PNG- oder JPEG-Datei von höchstens 512 KB; „Speichern“ sendet es an die zentrale Datenbank.</translation>
    </message>
    <message>
        <source>The PMO&apos;s logo, from the central database.</source>
        <translation>Das Logo des PMO, aus der zentralen Datenbank.</translation>
    </message>
    <message>
        <source>Settings saved; for every laptop, on the central database: {names}.</source>
        <translation>Einstellungen gespeichert; für jeden Laptop in der zentralen Datenbank: {names}.</translation>
    </message>
    <message>
        <source>Your own settings are saved, the PMO&apos;s are not: {reason} Nothing changed centrally; your changes stay on screen, unsaved.</source>
        <translation>Ihre eigenen Einstellungen sind gespeichert, die des PMO nicht: {reason} Zentral wurde nichts geändert; Ihre Änderungen bleiben ungespeichert auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>PmoSettings</name>
    <message>
        <source>The central database says the login “{login}” is not a PMO administrator: only a PMO administrator can change the PMO&apos;s settings.</source>
        <translation>Laut zentraler Datenbank ist die Anmeldung „{login}“ kein PMO-Administrator: Nur ein PMO-Administrator kann die Einstellungen des PMO ändern.</translation>
    </message>
    <message>
        <source>The central database refused {setting}: {reason}.</source>
        <translation>Die zentrale Datenbank hat {setting} abgelehnt: {reason}.</translation>
    </message>
    <message>
        <source>The central database cannot be reached.</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The central database refused the user name or password: enter the password again on the Sync screen.</source>
        <translation>Die zentrale Datenbank hat Benutzername oder Passwort abgelehnt: Geben Sie das Passwort auf der Seite „Synchronisation“ erneut ein.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a central database.</source>
        <translation>Dieser Laptop ist mit keiner zentralen Datenbank verbunden.</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bauherr</translation>
    </message>
    <message>
        <source>Original contract</source>
        <translation>Ursprünglicher Auftrag</translation>
    </message>
    <message>
        <source>Revised contract</source>
        <translation>Aktueller Auftrag</translation>
    </message>
    <message>
        <source>Pending exposure</source>
        <translation>Offene Nachträge</translation>
    </message>
    <message>
        <source>Schedule slip (days)</source>
        <translation>Terminverzug (Tage)</translation>
    </message>
    <message>
        <source>Open punch</source>
        <translation>Offene Mängel</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Inspection pass rate</source>
        <translation>Bestehensquote Prüfungen</translation>
    </message>
    <message>
        <source>Open NCRs</source>
        <translation>Offene NCRs</translation>
    </message>
    <message>
        <source>Top risks:
</source>
        <translation>Größte Risiken:
</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>No projects yet. Use File › Load demo portfolio, or create a project.</source>
        <translation>Noch keine Projekte. Laden Sie über Datei › Demo-Portfolio laden die Demo oder legen Sie ein Projekt an.</translation>
    </message>
    <message>
        <source>{count} project(s)</source>
        <translation>{count} Projekt(e)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(Spalte {n})</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>One preview row: why it would be refused (&quot;&quot; when it imports) and the file&apos;s cells.</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Building a preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Draft: the first {shown} of {total} pages; no number was used.</source>
        <translation>Entwurf: die ersten {shown} von {total} Seiten; es wurde keine Nummer vergeben.</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vorschau bereit.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Find an activity (code or name)</source>
        <translation>Aktivität suchen (Code oder Name)</translation>
    </message>
    <message>
        <source>&amp;Critical path only</source>
        <translation>Nur &amp;kritischer Weg</translation>
    </message>
    <message>
        <source>Any float</source>
        <translation>Jeder Puffer</translation>
    </message>
    <message>
        <source>Negative float</source>
        <translation>Negativer Puffer</translation>
    </message>
    <message>
        <source>Float ≤ 10 working days</source>
        <translation>Puffer ≤ 10 Arbeitstage</translation>
    </message>
    <message>
        <source>Float &gt; 44 working days</source>
        <translation>Puffer &gt; 44 Arbeitstage</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Gesamter Terminplan</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Work breakdown structure</source>
        <translation>Projektstrukturplan</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <source>Select an activity to see its dates, float and progress.</source>
        <translation>Wählen Sie eine Aktivität aus, um ihre Termine, ihren Puffer und Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>Outside the WBS</source>
        <translation>Außerhalb des PSP</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>{shown} of {total} activities shown</source>
        <translation>{shown} von {total} Aktivitäten angezeigt</translation>
    </message>
    <message>
        <source>{total} activities</source>
        <translation>{total} Aktivitäten</translation>
    </message>
    <message>
        <source>{start} → {finish}</source>
        <translation>{start} → {finish}</translation>
    </message>
    <message>
        <source>duration {original} wd, {remaining} wd left</source>
        <translation>Dauer {original} AT, {remaining} AT verbleibend</translation>
    </message>
    <message>
        <source>total float {days} wd</source>
        <translation>Gesamtpuffer {days} AT</translation>
    </message>
    <message>
        <source>{pct} % complete</source>
        <translation>{pct} % fertig</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>constraint {kind} {date}</source>
        <translation>Einschränkung {kind} {date}</translation>
    </message>
    <message>
        <source>at {places}</source>
        <translation>in {places}</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>The project is created on this laptop and syncs later.</source>
        <translation>Das Projekt wird auf diesem Laptop angelegt und später synchronisiert.</translation>
    </message>
    <message>
        <source>e.g. HOSP-EW</source>
        <translation>z. B. HOSP-EW</translation>
    </message>
    <message>
        <source>Baseline dates known</source>
        <translation>Basistermine bekannt</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kürzel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Bauherr</translation>
    </message>
    <message>
        <source>Contract &amp;value</source>
        <translation>Auftrags&amp;wert</translation>
    </message>
    <message>
        <source>Contin&amp;gency</source>
        <translation>&amp;Reserve</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>Baseline &amp;start</source>
        <translation>Basis&amp;beginn</translation>
    </message>
    <message>
        <source>Baseline &amp;finish</source>
        <translation>Basis&amp;ende</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>Project {code} created.</source>
        <translation>Projekt {code} angelegt.</translation>
    </message>
</context>
<context>
    <name>ProjectPickDialog</name>
    <message>
        <source>Which project?</source>
        <translation>Welches Projekt?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>“{file}” holds {count} projects. Pick the one to import:</source>
        <translation>„{file}“ enthält {count} Projekte. Wählen Sie das zu importierende aus:</translation>
    </message>
    <message>
        <source>{short} — {name} ({count} activities)</source>
        <translation>{short} — {name} ({count} Aktivitäten)</translation>
    </message>
</context>
<context>
    <name>PunchBulk</name>
    <message>
        <source>Undone: back to rejected</source>
        <extracomment>Asked before they run: they take items off the live list.</extracomment>
        <translation>Rückgängig gemacht: wieder zurückgewiesen</translation>
    </message>
    <message>
        <source>Close {count} punch item(s)? Undo (Ctrl+Z) reopens them.</source>
        <translation>Ausgewählte Mängel ({count}) schließen? Rückgängig (Strg+Z) öffnet sie wieder.</translation>
    </message>
    <message>
        <source>Void {count} punch item(s)? A void item cannot be reopened: this cannot be undone.</source>
        <translation>Ausgewählte Mängel ({count}) für ungültig erklären? Ein ungültiger Mangel kann nicht wieder geöffnet werden: Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Set {count} punch item(s) to {status}? Some of them cannot be set back afterwards: this cannot be undone.</source>
        <translation>Ausgewählte Mängel ({count}) auf „{status}“ setzen? Einige davon können danach nicht zurückgesetzt werden: Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Change {count} punch item(s)</source>
        <translation>Mängel ändern ({count})</translation>
    </message>
    <message>
        <source>Set {count} punch item(s) to {status}</source>
        <translation>Mängel auf „{status}“ setzen ({count})</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>Set the {what} of {count} punch item(s)</source>
        <translation>{what} setzen für Mängel ({count})</translation>
    </message>
</context>
<context>
    <name>PunchDetailPane</name>
    <message>
        <source>Select a punch item</source>
        <translation>Wählen Sie einen Mangel aus</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gewerk</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the edits (Ctrl+S); Ctrl+Z undoes</source>
        <translation>Änderungen speichern (Strg+S); Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Zur Abnahme bereit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Zurückweisen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statusverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a comment (Ctrl+Enter)</source>
        <translation>Kommentar hinzufügen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Save the punch item</source>
        <translation>Mangel speichern</translation>
    </message>
    <message>
        <source>Add the comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt; · created {when}</source>
        <translation>Status: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt; · erstellt {when}</translation>
    </message>
    <message>
        <source>Photos: {count}</source>
        <translation>Fotos: {count}</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>Owner&apos;s rep</source>
        <translation>Bauherrenvertreter</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
</context>
<context>
    <name>PunchFilterBar</name>
    <message>
        <source>Search titles and descriptions (Ctrl+F)</source>
        <translation>Titel und Beschreibungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Live (not closed or void)</source>
        <translation>Offen (nicht geschlossen oder ungültig)</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>All contractors</source>
        <translation>Alle Auftragnehmer</translation>
    </message>
    <message>
        <source>All trades</source>
        <translation>Alle Gewerke</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <source>Due &amp;before</source>
        <translation>Fällig &amp;vor</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Filter speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
    </message>
</context>
<context>
    <name>PunchPage</name>
    <message>
        <source>Punch list</source>
        <translation>Mängelliste</translation>
    </message>
    <message>
        <source>Quick entry: type a title and press Enter (Ctrl+E)</source>
        <translation>Schnelleingabe: Titel eingeben und Enter drücken (Strg+E)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>No items selected</source>
        <translation>Keine Einträge ausgewählt</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Close selected</source>
        <translation>Auswahl schließen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Fälligkeit setzen</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Alle Treffer auswählen</translation>
    </message>
    <message>
        <source>Search the punch list</source>
        <translation>Mängelliste durchsuchen</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Schnelleingabe</translation>
    </message>
    <message>
        <source>Close the selected items</source>
        <translation>Ausgewählte Einträge schließen</translation>
    </message>
    <message>
        <source>Mark selected ready for review</source>
        <translation>Auswahl zur Abnahme bereit melden</translation>
    </message>
    <message>
        <source>Go to the table</source>
        <translation>Zur Tabelle</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Ort)</translation>
    </message>
    <message>
        <source>(no contractor)</source>
        <translation>(kein Auftragnehmer)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>{count} item(s) match</source>
        <translation>{count} Einträge gefunden</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <source>Added {number}: {title}</source>
        <translation>{number} hinzugefügt: {title}</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>{count} item(s) now {status}.</source>
        <translation>{count} Einträge jetzt „{status}“.</translation>
    </message>
    <message>
        <source>No punch items in this project yet</source>
        <translation>Noch keine Mängel in diesem Projekt</translation>
    </message>
    <message>
        <source>The punch list holds the defects and unfinished work found on site, each with its location, contractor, due date and photos, until it is closed. Type a title in quick entry above and press Enter; the location and contractor are kept for the next one.</source>
        <translation>Die Mängelliste enthält die auf der Baustelle gefundenen Mängel und Restarbeiten, jeweils mit Ort, Auftragnehmer, Fälligkeit und Fotos, bis sie geschlossen sind. Geben Sie oben in der Schnelleingabe einen Titel ein und drücken Sie Enter; Ort und Auftragnehmer bleiben für den nächsten Eintrag erhalten.</translation>
    </message>
    <message>
        <source>Add the first punch item</source>
        <translation>Ersten Mangel hinzufügen</translation>
    </message>
    <message>
        <source>{number} was added, but the list&apos;s filters hide it: reset them to see it.</source>
        <translation>{number} wurde hinzugefügt, ist aber durch die Filter der Liste ausgeblendet: Filter zurücksetzen, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>{number} was added further down the list than is loaded: scroll down, or sort by number, to see it.</source>
        <translation>{number} wurde hinzugefügt und steht weiter unten in der Liste, als bisher geladen ist: nach unten blättern oder nach Nummer sortieren, um ihn zu sehen.</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Double-click an activity to open it in the programme</source>
        <translation>Doppelklicken Sie auf eine Aktivität, um sie im Terminplan zu öffnen</translation>
    </message>
    <message>
        <source>{number} (data date {date}): {passed} checks passed, {failed} failed, {reported} reported only</source>
        <translation>{number} (Stichtag {date}): {passed} Prüfungen bestanden, {failed} nicht bestanden, {reported} nur berichtet</translation>
    </message>
    <message>
        <source>{point}: {count} offending activities — double-click one to open it</source>
        <translation>{point}: {count} betroffene Aktivitäten — zum Öffnen doppelklicken</translation>
    </message>
    <message>
        <source>{point}: no offending activity</source>
        <translation>{point}: keine betroffene Aktivität</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <source>Raise a punch item</source>
        <translation>Mangel erfassen</translation>
    </message>
    <message>
        <source>Raise an issue</source>
        <translation>Vorgang erfassen</translation>
    </message>
    <message>
        <source>Raise a safety issue</source>
        <translation>Vorgang zur Arbeitssicherheit erfassen</translation>
    </message>
    <message>
        <source>Raise a change event</source>
        <translation>Änderungsereignis erfassen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Contractor</source>
        <translation>&amp;Auftragnehmer</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Add a rate to {number}</source>
        <translation>Einheitspreis zu {number} hinzufügen</translation>
    </message>
    <message>
        <source>m3, m2, t, h…</source>
        <translation>m3, m2, t, h…</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Rate ({currency})</source>
        <translation>Einheitsp&amp;reis ({currency})</translation>
    </message>
</context>
<context>
    <name>RateFindings</name>
    <message>
        <source>Unit rates compared</source>
        <translation>Einheitspreise im Vergleich</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einheitspreis</translation>
    </message>
    <message>
        <source>Contract rate</source>
        <translation>Vertragspreis</translation>
    </message>
    <message>
        <source>Other projects</source>
        <translation>Andere Projekte</translation>
    </message>
    <message>
        <source>Median of {count} approved line(s)</source>
        <translation>Median aus {count} genehmigten Zeile(n)</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>⚠ priced against a rate of nothing</source>
        <translation>⚠ gegen einen Einheitspreis von null bepreist</translation>
    </message>
    <message>
        <source>⚠ above the reference</source>
        <translation>⚠ über dem Vergleichswert</translation>
    </message>
    <message>
        <source>⚠ below the reference</source>
        <translation>⚠ unter dem Vergleichswert</translation>
    </message>
    <message>
        <source>no rate to compare</source>
        <translation>kein Vergleichspreis</translation>
    </message>
    <message>
        <source>✓ within tolerance</source>
        <translation>✓ innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Unit rates ({currency}): ⚠ {count} line(s) outside the tolerance — check before approving</source>
        <translation>Einheitspreise ({currency}): ⚠ {count} Zeile(n) außerhalb der Toleranz — vor der Genehmigung prüfen</translation>
    </message>
    <message>
        <source>Unit rates ({currency}): every line within the tolerance or without a reference</source>
        <translation>Einheitspreise ({currency}): alle Zeilen innerhalb der Toleranz oder ohne Vergleichswert</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Every day</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Die letzten 7 Tage</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Die letzten 30 Tage</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Delay register</source>
        <translation>Behinderungsregister</translation>
    </message>
    <message>
        <source>Delay totals</source>
        <translation>Summen der Behinderungen</translation>
    </message>
    <message>
        <source>{count} delays on {days} days, {hours} hours in all</source>
        <translation>{count} Behinderungen an {days} Tagen, insgesamt {hours} Stunden</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>{held} of retainage is held on this contract (work and stored materials, less what earlier certificates released). What is released is paid with this application: it lowers line 5 and raises the payment due.</source>
        <translation>Auf diesen Vertrag werden {held} Sicherheitseinbehalt gehalten (Leistung und gelagertes Material, abzüglich der durch frühere Bescheinigungen freigegebenen Beträge). Der freigegebene Betrag wird mit dieser Abschlagsrechnung gezahlt: Er senkt Zeile 5 und erhöht die fällige Zahlung.</translation>
    </message>
    <message>
        <source>Release retainage with {number}</source>
        <translation>Sicherheitseinbehalt mit {number} freigeben</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>RemoveLineDialog</name>
    <message>
        <source>Remove item {item} from {number}</source>
        <translation>Position {item} aus {number} entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove item {item} “{description}” ({amount})? The schedule of values then adds up to {sov} of the contract value {value}.</source>
        <translation>Position {item} „{description}“ ({amount}) entfernen? Das Leistungsverzeichnis ergibt dann {sov} des Vertragswerts {value}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month abbreviation</comment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month abbreviation</comment>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month abbreviation</comment>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month abbreviation</comment>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month abbreviation</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month abbreviation</comment>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month abbreviation</comment>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month abbreviation</comment>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month abbreviation</comment>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month abbreviation</comment>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month abbreviation</comment>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month abbreviation</comment>
        <translation>Dez</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n Tag</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n Tage</translation>
    </message>
    <message>
        <source>{number} · Prepared by {name} on {date}</source>
        <translation>{number} · Erstellt von {name} am {date}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Berichtsnummer</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Keine Fotos</translation>
    </message>
    <message>
        <source>Photo not available</source>
        <translation>Foto nicht verfügbar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Zur Abnahme bereit</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Weitergeführt</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>In Minderung</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Vermerkt</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Owner request</source>
        <translation>Bauherrenwunsch</translation>
    </message>
    <message>
        <source>Design error</source>
        <translation>Planungsfehler</translation>
    </message>
    <message>
        <source>Unforeseen condition</source>
        <translation>Unvorhergesehener Umstand</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Behördliche Auflage</translation>
    </message>
    <message>
        <source>Value engineering</source>
        <translation>Wertoptimierung</translation>
    </message>
    <message>
        <source>Contractor claim</source>
        <translation>Forderung des Auftragnehmers</translation>
    </message>
    <message>
        <source>Schedule acceleration</source>
        <translation>Terminbeschleunigung</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>Änderungsereignis</translation>
    </message>
    <message>
        <source>Change order request</source>
        <translation>Nachtragsangebot</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Non-conformance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>RFI</source>
        <translation>Rückfrage (RFI)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Arbeitssicherheit</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Owner&apos;s rep</source>
        <translation>Bauherrenvertreter</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bauherr</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Extrem</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Fast sicher</translation>
    </message>
    <message>
        <source>Insignificant</source>
        <translation>Unbedeutend</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Portfolio owners</source>
        <translation>Bauherren des Portfolios</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Keine Projekte</translation>
    </message>
    <message>
        <source>Milestones late</source>
        <translation>Verspätete Meilensteine</translation>
    </message>
    <message>
        <source>{late} of {total} (largest slip {days})</source>
        <translation>{late} von {total} (größter Verzug {days})</translation>
    </message>
    <message>
        <source>Punch items</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Outstanding punch</source>
        <translation>Offene Mängel</translation>
    </message>
    <message>
        <source>Budget: approved and pending changes against the original contract. Schedule: largest slip against the contractual dates (completion: baseline plus the days approved in change orders). Quality: overdue punch items and inspection pass rate. Thresholds are set in the PMO&apos;s settings.</source>
        <translation>Budget: genehmigte und offene Nachträge gegenüber dem ursprünglichen Auftrag. Termine: größter Verzug gegenüber den Vertragsterminen (Fertigstellung: Basistermin zuzüglich der in Nachträgen genehmigten Tage). Qualität: überfällige Mängel und Bestehensquote der Prüfungen. Die Schwellenwerte werden in den Einstellungen des PMO festgelegt.</translation>
    </message>
    <message>
        <source>Outstanding punch items by project</source>
        <translation>Offene Mängel nach Projekt</translation>
    </message>
    <message>
        <source>Contractual completion</source>
        <translation>Vertragliche Fertigstellung</translation>
    </message>
    <message>
        <source>Forecast completion</source>
        <translation>Prognostizierte Fertigstellung</translation>
    </message>
    <message>
        <source>{open} outstanding of {total}, {overdue} overdue</source>
        <translation>{open} offen von {total}, {overdue} überfällig</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>{n} completed, pass rate {rate}</source>
        <translation>{n} abgeschlossen, Bestehensquote {rate}</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>Top risk</source>
        <translation>Größtes Risiko</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Portfoliobericht</translation>
    </message>
    <message>
        <source>Portfolio status</source>
        <translation>Portfoliostatus</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation>Unterschrieben {when}</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>Contractor: {name}</source>
        <translation>Auftragnehmer: {name}</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>Status: {names}</translation>
    </message>
    <message>
        <source>All change orders</source>
        <translation>Alle Nachträge</translation>
    </message>
    <message>
        <source>Original contract</source>
        <translation>Ursprünglicher Auftrag</translation>
    </message>
    <message>
        <source>Approved changes</source>
        <translation>Genehmigte Nachträge</translation>
    </message>
    <message>
        <source>{amount} ({n} change orders)</source>
        <translation>{amount} ({n} Nachträge)</translation>
    </message>
    <message>
        <source>Revised contract</source>
        <translation>Aktueller Auftrag</translation>
    </message>
    <message>
        <source>Change to date</source>
        <translation>Änderung bisher</translation>
    </message>
    <message>
        <source>Pending exposure</source>
        <translation>Offene Nachträge</translation>
    </message>
    <message>
        <source>{amount} ({n} pending)</source>
        <translation>{amount} ({n} offen)</translation>
    </message>
    <message>
        <source>Forecast final cost</source>
        <translation>Prognostizierte Gesamtkosten</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Contingency used</source>
        <translation>Verbrauchte Reserve</translation>
    </message>
    <message>
        <source>Contingency remaining</source>
        <translation>Verbleibende Reserve</translation>
    </message>
    <message>
        <source>Schedule impact</source>
        <translation>Auswirkung auf Termine</translation>
    </message>
    <message>
        <source>{approved} approved, {pending} pending</source>
        <translation>{approved} genehmigt, {pending} offen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget roll-up</source>
        <translation>Budgetübersicht</translation>
    </message>
    <message>
        <source>Change order log</source>
        <translation>Nachtragsliste</translation>
    </message>
    <message>
        <source>Executed change orders</source>
        <translation>Unterzeichnete Nachträge</translation>
    </message>
    <message>
        <source>Change order requests</source>
        <translation>Nachtragsangebote</translation>
    </message>
    <message>
        <source>Change events</source>
        <translation>Änderungsereignisse</translation>
    </message>
    <message>
        <source>Change order details</source>
        <translation>Nachtragsdetails</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Cost impact</source>
        <translation>Kostenauswirkung</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No line items</source>
        <translation>Keine Positionen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>By / approver</source>
        <translation>Von / Genehmigender</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Change order report</source>
        <translation>Nachtragsbericht</translation>
    </message>
    <message>
        <source>Change order log and budget</source>
        <translation>Nachtragsliste und Budget</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>{score} (pass mark {mark})</source>
        <translation>{score} (Bestehensgrenze {mark})</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Photographs of the inspection</source>
        <translation>Fotos der Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>{answered} of {total} answered, {failed} failed</source>
        <translation>{answered} von {total} beantwortet, {failed} nicht bestanden</translation>
    </message>
    <message>
        <source>Failed and flagged items</source>
        <translation>Nicht bestandene und markierte Prüfpunkte</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Answer and notes</source>
        <translation>Antwort und Notizen</translation>
    </message>
    <message>
        <source>Deficiency raised</source>
        <translation>Erfasster Mangel</translation>
    </message>
    <message>
        <source>No item failed or was flagged.</source>
        <translation>Kein Prüfpunkt nicht bestanden oder markiert.</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>● critical item</source>
        <translation>● kritischer Prüfpunkt</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Location: {name}</source>
        <translation>Ort: {name}</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open NCRs</source>
        <translation>Offene NCRs</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Stand vom</translation>
    </message>
    <message>
        <source>Closed or void</source>
        <translation>Geschlossen oder ungültig</translation>
    </message>
    <message>
        <source>Issue log</source>
        <translation>Vorgangsliste</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Issues and responses</source>
        <translation>Vorgänge und Antworten</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>{name} (response)</source>
        <translation>{name} (Antwort)</translation>
    </message>
    <message>
        <source>Contractor issue report</source>
        <translation>Bericht Auftragnehmer-Vorgänge</translation>
    </message>
    <message>
        <source>Issue, NCR and RFI log</source>
        <translation>Liste der Vorgänge, NCRs und RFIs</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Sheet {number} rev {revision}</source>
        <extracomment>Photo grids of a report with plans have two pictures to a row (extracts are legible at that size); this is the gap the grid leaves between them. Room kept on an overview page for the headings and the legend, in points.</extracomment>
        <translation>Plan {number} Rev. {revision}</translation>
    </message>
    <message>
        <source>Sheet {number}</source>
        <translation>Plan {number}</translation>
    </message>
    <message>
        <source>The drawing file is not on this computer.</source>
        <translation>Die Plandatei ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>◆ contractor issue, ● punch item</source>
        <translation>◆ Auftragnehmer-Vorgang, ● Mangel</translation>
    </message>
    <message>
        <source>Pins by status:</source>
        <translation>Pins nach Status:</translation>
    </message>
    <message>
        <source>Sheet overview</source>
        <translation>Planübersicht</translation>
    </message>
    <message>
        <source>Trade: {name}</source>
        <translation>Gewerk: {name}</translation>
    </message>
    <message>
        <source>Raised {start} to {end}</source>
        <translation>Erfasst {start} bis {end}</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Kein Ort</translation>
    </message>
    <message>
        <source>No trade</source>
        <translation>Kein Gewerk</translation>
    </message>
    <message>
        <source>Raised {date}</source>
        <translation>Erfasst {date}</translation>
    </message>
    <message>
        <source>… {n} earlier changes</source>
        <translation>… {n} frühere Änderungen</translation>
    </message>
    <message>
        <source>With photos</source>
        <translation>Mit Fotos</translation>
    </message>
    <message>
        <source>Items by status</source>
        <translation>Einträge nach Status</translation>
    </message>
    <message>
        <source>Items by contractor</source>
        <translation>Einträge nach Auftragnehmer</translation>
    </message>
    <message>
        <source>Photographs and plans</source>
        <translation>Fotos und Pläne</translation>
    </message>
    <message>
        <source>{name} ({n} items)</source>
        <translation>{name} ({n} Einträge)</translation>
    </message>
    <message>
        <source>Punch list report</source>
        <translation>Mängelbericht</translation>
    </message>
    <message>
        <source>Punch list</source>
        <translation>Mängelliste</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Outstanding: draft, open, rejected or ready for review; overdue and ready for review items are part of it.</source>
        <translation>Offen: Entwurf, offen, zurückgewiesen oder zur Abnahme bereit; überfällige und zur Abnahme bereite Einträge sind enthalten.</translation>
    </message>
    <message>
        <source>{open} of {total} punch items are outstanding, {overdue} of them overdue.</source>
        <translation>{open} von {total} Mängeln sind offen, davon {overdue} überfällig.</translation>
    </message>
    <message>
        <source>No completion date is recorded.</source>
        <translation>Es ist kein Fertigstellungstermin erfasst.</translation>
    </message>
    <message>
        <source>Completion ({milestone})</source>
        <translation>Fertigstellung ({milestone})</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fertigstellung</translation>
    </message>
    <message>
        <source>the baseline {baseline} plus {days} approved in change orders and {granted} granted for delay events</source>
        <translation>Basistermin {baseline} zuzüglich {days} aus genehmigten Nachträgen und {granted} für Behinderungen gewährt</translation>
    </message>
    <message>
        <source>the baseline {baseline} plus {days} approved in change orders</source>
        <translation>Basistermin {baseline} zuzüglich {days} aus genehmigten Nachträgen</translation>
    </message>
    <message>
        <source>the baseline; no time approved in change orders</source>
        <translation>Basistermin; keine Bauzeit in Nachträgen genehmigt</translation>
    </message>
    <message>
        <source>{what} was achieved on {date}, {against} against the contractual date {contract} ({basis}).</source>
        <translation>{what} wurde am {date} erreicht, {against} gegenüber dem Vertragstermin {contract} ({basis}).</translation>
    </message>
    <message>
        <source>{what} is forecast for {date}, {against} against the contractual date {contract} ({basis}).</source>
        <translation>{what} ist für den {date} prognostiziert, {against} gegenüber dem Vertragstermin {contract} ({basis}).</translation>
    </message>
    <message>
        <source>No milestone late</source>
        <translation>Kein Meilenstein verspätet</translation>
    </message>
    <message>
        <source>Largest slip {days}: {milestone}</source>
        <translation>Größter Verzug {days}: {milestone}</translation>
    </message>
    <message>
        <source>; completion float {days} working days</source>
        <translation>; Puffer bis Fertigstellung {days} Arbeitstage</translation>
    </message>
    <message>
        <source>The current programme ({update}) shows negative float of {days} working days to completion: it cannot meet the date as planned.</source>
        <translation>Der aktuelle Terminplan ({update}) zeigt bis zur Fertigstellung einen negativen Puffer von {days} Arbeitstagen: Der Termin ist wie geplant nicht zu halten.</translation>
    </message>
    <message>
        <source>The current programme ({update}) keeps {days} working days of float to completion.</source>
        <translation>Der aktuelle Terminplan ({update}) hat bis zur Fertigstellung {days} Arbeitstage Puffer.</translation>
    </message>
    <message>
        <source>There are no milestones; the schedule is rated {rating}.</source>
        <translation>Es gibt keine Meilensteine; die Termine sind als „{rating}“ bewertet.</translation>
    </message>
    <message>
        <source>No milestone is late against its contractual date; the schedule is rated {rating}.</source>
        <translation>Kein Meilenstein ist gegenüber seinem Vertragstermin verspätet; die Termine sind als „{rating}“ bewertet.</translation>
    </message>
    <message>
        <source>the contractual date</source>
        <translation>dem Vertragstermin</translation>
    </message>
    <message>
        <source>its baseline</source>
        <translation>seinem Basistermin</translation>
    </message>
    <message>
        <source>The largest slip is {milestone}, achieved {days} late against {against}; the schedule is rated {rating}.</source>
        <translation>Den größten Verzug hat {milestone}, erreicht {days} nach {against}; die Termine sind als „{rating}“ bewertet.</translation>
    </message>
    <message>
        <source>The largest slip is {milestone}, forecast {days} late against {against}; the schedule is rated {rating}.</source>
        <translation>Den größten Verzug hat {milestone}, prognostiziert {days} nach {against}; die Termine sind als „{rating}“ bewertet.</translation>
    </message>
    <message>
        <source>Variance: actual or forecast date against the contractual date, in days (late is positive). The contractual date of completion is its baseline plus {days} approved in change orders; pending change orders claim {pending} more.</source>
        <translation>Abweichung: tatsächlicher oder prognostizierter Termin gegenüber dem Vertragstermin, in Tagen (Verzug positiv). Der vertragliche Fertigstellungstermin ist der Basistermin zuzüglich {days} aus genehmigten Nachträgen; offene Nachträge beanspruchen weitere {pending}.</translation>
    </message>
    <message>
        <source>Variance: actual or forecast date against the contractual date, in days (late is positive). The contractual date of completion is its baseline plus {days} approved in change orders and {granted} of extensions of time granted; pending change orders claim {pending} more.</source>
        <translation>Abweichung: tatsächlicher oder prognostizierter Termin gegenüber dem Vertragstermin, in Tagen (Verzug positiv). Der vertragliche Fertigstellungstermin ist der Basistermin zuzüglich {days} aus genehmigten Nachträgen und {granted} gewährter Bauzeitverlängerung; offene Nachträge beanspruchen weitere {pending}.</translation>
    </message>
    <message>
        <source>Punch item</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>termingerecht</translation>
    </message>
    <message>
        <source>{days} late</source>
        <translation>{days} verspätet</translation>
    </message>
    <message>
        <source>{days} early</source>
        <translation>{days} früher</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>This report reviews {update}; the forecast, the contractual dates and the rating are the project&apos;s now, from its current update {current}.</source>
        <translation>Dieser Bericht prüft {update}; Prognose, Vertragstermine und Bewertung entsprechen dem heutigen Stand des Projekts aus der aktuellen Fortschreibung {current}.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Fortschreibung</translation>
    </message>
    <message>
        <source>Data date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>{activities} activities, {links} relationships</source>
        <translation>{activities} Aktivitäten, {links} Anordnungsbeziehungen</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>no previous update</source>
        <translation>keine vorherige Fortschreibung</translation>
    </message>
    <message>
        <source>Extensions of time</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <source>{co} in change orders, {eot} for delay events</source>
        <translation>{co} aus Nachträgen, {eot} für Behinderungen</translation>
    </message>
    <message>
        <source>Schedule rating</source>
        <translation>Bewertung Termine</translation>
    </message>
    <message>
        <source>Float on the critical path</source>
        <translation>Puffer auf dem kritischen Weg</translation>
    </message>
    <message>
        <source>{days} working days</source>
        <translation>{days} Arbeitstage</translation>
    </message>
    <message>
        <source>Completion moved</source>
        <translation>Fertigstellung verschoben</translation>
    </message>
    <message>
        <source>{days} since {previous}</source>
        <translation>{days} seit {previous}</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Forecast / actual</source>
        <translation>Prognose / Ist</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>The programme has no milestones</source>
        <translation>Der Terminplan hat keine Meilensteine</translation>
    </message>
    <message>
        <source>Moved: days since the previous update. Variance: actual or forecast date against the contractual date, in days (positive: late). ◆ on the critical path.</source>
        <translation>Versatz: Tage seit der vorherigen Fortschreibung. Abweichung: tatsächlicher oder prognostizierter Termin gegenüber dem Vertragstermin, in Tagen (positiv: Verzug). ◆ auf dem kritischen Weg.</translation>
    </message>
    <message>
        <source>Planned (baseline)</source>
        <translation>Geplant (Basis)</translation>
    </message>
    <message>
        <source>Actual (updates)</source>
        <translation>Ist (Fortschreibungen)</translation>
    </message>
    <message>
        <source>Progress: planned against actual</source>
        <translation>Fortschritt: Soll gegenüber Ist</translation>
    </message>
    <message>
        <source>% complete weighted by original duration: planned from the baseline&apos;s bars, actual as each update reports it at its data date.</source>
        <translation>Fertigstellungsgrad gewichtet nach ursprünglicher Dauer: Soll aus den Balken der Basis, Ist wie von jeder Fortschreibung zu ihrem Stichtag gemeldet.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>Fertig %</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Weg</translation>
    </message>
    <message>
        <source>No unfinished critical activity</source>
        <translation>Keine unfertige kritische Aktivität</translation>
    </message>
    <message>
        <source>… and {count} more critical activities.</source>
        <translation>… und {count} weitere kritische Aktivitäten.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Quality check (DCMA 14-point)</source>
        <translation>Qualitätsprüfung (DCMA 14 Punkte)</translation>
    </message>
    <message>
        <source>{passed} checks passed, {failed} failed.</source>
        <translation>{passed} Prüfungen bestanden, {failed} nicht bestanden.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <source>Changes since the previous update</source>
        <translation>Änderungen seit der vorherigen Fortschreibung</translation>
    </message>
    <message>
        <source>This is the first update: there is nothing to compare.</source>
        <translation>Dies ist die erste Fortschreibung: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>{update} against {previous}.</source>
        <translation>{update} gegenüber {previous}.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Schedule report</source>
        <translation>Terminbericht</translation>
    </message>
    <message>
        <source>Programme review {update}</source>
        <translation>Terminplanprüfung {update}</translation>
    </message>
    <message>
        <source>Approved and pending changes {pct} of the original contract</source>
        <translation>Genehmigte und offene Nachträge {pct} des ursprünglichen Auftrags</translation>
    </message>
    <message>
        <source>Since {number}: {new} new, {closed} closed and {changed} changed records.</source>
        <translation>Seit {number}: {new} neue, {closed} geschlossene und {changed} geänderte Datensätze.</translation>
    </message>
    <message>
        <source>Budget trend</source>
        <translation>Budgetverlauf</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Contractual</source>
        <translation>Vertraglich</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>{amount} under budget</source>
        <translation>{amount} unter Budget</translation>
    </message>
    <message>
        <source>{amount} over budget</source>
        <translation>{amount} über Budget</translation>
    </message>
    <message>
        <source>on budget</source>
        <translation>im Budget</translation>
    </message>
    <message>
        <source>At completion {variance}; {drawn} of the owner&apos;s contingency drawn down.</source>
        <translation>Bei Fertigstellung {variance}; {drawn} der Reserve des Bauherrn in Anspruch genommen.</translation>
    </message>
    <message>
        <source>Owner&apos;s budget</source>
        <translation>Budget des Bauherrn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>Genehmigtes Budget</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Umschich-
tungen</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Beauftragt</translation>
    </message>
    <message>
        <source>Cost to date</source>
        <translation>Kosten bis heute</translation>
    </message>
    <message>
        <source>Pending (weighted)</source>
        <translation>Offen (gewichtet)</translation>
    </message>
    <message>
        <source>EAC</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>The approved budget is {approved} ({original} original, {transfers} net transfers); the estimate at completion is {eac}, {variance}.</source>
        <translation>Das genehmigte Budget beträgt {approved} ({original} ursprünglich, {transfers} Umschichtungen netto); die Prognose der Gesamtkosten beträgt {eac}, {variance}.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Verträge und Bestellungen</translation>
    </message>
    <message>
        <source>{committed} is committed in contracts and purchase orders; {certified} of work is certified to date and {paid} certified for payment.</source>
        <translation>{committed} sind in Verträgen und Bestellungen beauftragt; bisher sind {certified} an Leistung bescheinigt und {paid} zur Zahlung bescheinigt.</translation>
    </message>
    <message>
        <source>{remaining} of the owner&apos;s contingency remains: {drawn} of {original} drawn down ({pct}).</source>
        <translation>Von der Reserve des Bauherrn verbleiben {remaining}: {drawn} von {original} in Anspruch genommen ({pct}).</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Prognose der Gesamtkosten</translation>
    </message>
    <message>
        <source>Certified to date</source>
        <translation>Bisher bescheinigt</translation>
    </message>
    <message>
        <source>Pending changes (weighted)</source>
        <translation>Offene Änderungen (gewichtet)</translation>
    </message>
    <message>
        <source>Hard and soft costs</source>
        <translation>Bau- und Baunebenkosten</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Hard costs (construction)</source>
        <translation>Baukosten (Bauleistungen)</translation>
    </message>
    <message>
        <source>Soft costs</source>
        <translation>Baunebenkosten</translation>
    </message>
    <message>
        <source>Budget by cost code</source>
        <translation>Budget nach Kostengruppen</translation>
    </message>
    <message>
        <source>Approved budget = original + approved transfers. Committed: the schedules of values of executed contracts and purchase orders. Cost to date: work certified. Pending changes weighted 100 % (change orders), 75 % (requests), 50 % (change events). EAC = committed + pending + uncommitted budget; variance = approved budget − EAC (negative: over budget).</source>
        <translation>Genehmigtes Budget = ursprüngliches Budget + genehmigte Umschichtungen. Beauftragt: die Leistungsverzeichnisse unterzeichneter Verträge und Bestellungen. Kosten bis heute: bescheinigte Leistung. Offene Änderungen gewichtet mit 100 % (Nachträge), 75 % (Nachtragsangebote), 50 % (Änderungsereignisse). Prognose = beauftragt + offen + nicht beauftragtes Budget; Abweichung = genehmigtes Budget − Prognose (negativ: über Budget).</translation>
    </message>
    <message>
        <source>Cost code and budget line</source>
        <translation>Kostengruppe und Budgetposition</translation>
    </message>
    <message>
        <source>The project has no budget lines</source>
        <translation>Das Projekt hat keine Budgetpositionen</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vertrag / Bestellung</translation>
    </message>
    <message>
        <source>Contract sum</source>
        <translation>Auftragssumme</translation>
    </message>
    <message>
        <source>Retainage held</source>
        <translation>Gehaltener Sicherheits-
einbehalt</translation>
    </message>
    <message>
        <source>Certified for payment</source>
        <translation>Zur Zahlung bescheinigt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <source>No contracts or purchase orders</source>
        <translation>Keine Verträge oder Bestellungen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Abschlagsrechnung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Bescheinigt</translation>
    </message>
    <message>
        <source>Amount certified</source>
        <translation>Bescheinigter Betrag</translation>
    </message>
    <message>
        <source>Application no. {n}</source>
        <translation>Abschlagsrechnung Nr. {n}</translation>
    </message>
    <message>
        <source>Payment applications certified this month</source>
        <translation>In diesem Monat bescheinigte Abschlagsrechnungen</translation>
    </message>
    <message>
        <source>No payment application was certified this month</source>
        <translation>In diesem Monat wurde keine Abschlagsrechnung bescheinigt</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umschich-
tung</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → an</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner budget increase</source>
        <translation>Budgeterhöhung durch den Bauherrn</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>Kürzung</translation>
    </message>
    <message>
        <source>Budget transfers this month</source>
        <translation>Budgetumschichtungen in diesem Monat</translation>
    </message>
    <message>
        <source>No budget transfer was decided this month</source>
        <translation>In diesem Monat wurde keine Budgetumschichtung entschieden</translation>
    </message>
    <message>
        <source>Cash flow: planned against certified</source>
        <translation>Mittelabfluss: geplant gegenüber bescheinigt</translation>
    </message>
    <message>
        <source>No cash flow yet: no executed commitment has dates.</source>
        <translation>Noch kein Mittelabfluss: Kein unterzeichneter Vertrag und keine unterzeichnete Bestellung hat Termine.</translation>
    </message>
    <message>
        <source>Planned (cumulative)</source>
        <translation>Geplant (kumuliert)</translation>
    </message>
    <message>
        <source>Certified (cumulative)</source>
        <translation>Bescheinigt (kumuliert)</translation>
    </message>
    <message>
        <source>To the end of {month}: {planned} planned, {actual} certified for payment ({share} of the plan).</source>
        <translation>Bis Ende {month}: {planned} geplant, {actual} zur Zahlung bescheinigt ({share} der Planung).</translation>
    </message>
    <message>
        <source>Planned: each committed schedule-of-values line spread over its linked programme activities&apos; dates (else its commitment&apos;s), by working day. Certified: amounts certified for payment, by the month the application&apos;s period ends.</source>
        <translation>Geplant: jede beauftragte LV-Position, nach Arbeitstagen verteilt über die Termine ihrer verknüpften Terminplanaktivitäten (sonst über die ihres Vertrags bzw. ihrer Bestellung). Bescheinigt: zur Zahlung bescheinigte Beträge, nach dem Monat, in dem der Zeitraum der Abschlagsrechnung endet.</translation>
    </message>
    <message>
        <source>Contingency burn</source>
        <translation>Verbrauch der Reserve</translation>
    </message>
    <message>
        <source>Owner&apos;s contingency</source>
        <translation>Reserve des Bauherrn</translation>
    </message>
    <message>
        <source>Drawn down</source>
        <translation>In Anspruch genommen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>To or from</source>
        <translation>An oder von</translation>
    </message>
    <message>
        <source>Owner budget change</source>
        <translation>Budgetänderung durch den Bauherrn</translation>
    </message>
    <message>
        <source>Nothing has been drawn from the contingency</source>
        <translation>Aus der Reserve wurde nichts in Anspruch genommen</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Cost report</source>
        <translation>Kostenbericht</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Dieser Bericht</translation>
    </message>
    <message>
        <source>One point per issued cost report, its figures as issued, and this report&apos;s.</source>
        <translation>Ein Punkt je herausgegebenem Kostenbericht mit seinen Zahlen wie herausgegeben, dazu die dieses Berichts.</translation>
    </message>
    <message>
        <source>Estimate at completion trend</source>
        <translation>Verlauf der Prognose der Gesamtkosten</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No milestones</source>
        <translation>Keine Meilensteine</translation>
    </message>
    <message>
        <source>Punch items by status</source>
        <translation>Mängel nach Status</translation>
    </message>
    <message>
        <source>Punch items by contractor</source>
        <translation>Mängel nach Auftragnehmer</translation>
    </message>
    <message>
        <source>Inspections this period</source>
        <translation>Prüfungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Pass rate this period</source>
        <translation>Bestehensquote in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Pass rate to date</source>
        <translation>Bestehensquote bisher</translation>
    </message>
    <message>
        <source>No inspections this period</source>
        <translation>Keine Prüfungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Open non-conformance reports</source>
        <translation>Offene Abweichungsberichte (NCR)</translation>
    </message>
    <message>
        <source>No open NCRs</source>
        <translation>Keine offenen NCRs</translation>
    </message>
    <message>
        <source>No open risks</source>
        <translation>Keine offenen Risiken</translation>
    </message>
    <message>
        <source>Photos of the period</source>
        <translation>Fotos des Zeitraums</translation>
    </message>
    <message>
        <source>No photos were taken this period.</source>
        <translation>In diesem Zeitraum wurden keine Fotos aufgenommen.</translation>
    </message>
    <message>
        <source>Changes since the last status report</source>
        <translation>Änderungen seit dem letzten Statusbericht</translation>
    </message>
    <message>
        <source>This is the first issued status report of the project; the next one lists what changed since this one.</source>
        <translation>Dies ist der erste herausgegebene Statusbericht des Projekts; der nächste führt auf, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Compared with {number} (period to {date}).</source>
        <translation>Verglichen mit {number} (Zeitraum bis {date}).</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Letzter Bericht</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… und {n} weitere.</translation>
    </message>
    <message>
        <source>{overdue} overdue punch items; pass rate to date {rate}</source>
        <translation>{overdue} überfällige Mängel; Bestehensquote bisher {rate}</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>The revised contract stands at {revised} ({pct} on the original {original}); {pending} of changes are pending a decision, for a forecast final cost of {forecast}.</source>
        <translation>Der aktuelle Auftragswert beträgt {revised} ({pct} gegenüber dem ursprünglichen {original}); über Nachträge von {pending} ist noch zu entscheiden, bei prognostizierten Gesamtkosten von {forecast}.</translation>
    </message>
    <message>
        <source>{raised} were raised and {closed} closed this period. Inspection pass rate to date: {rate}; open NCRs: {ncrs}.</source>
        <translation>In diesem Zeitraum wurden {raised} Mängel erfasst und {closed} geschlossen. Bestehensquote der Prüfungen bisher: {rate}; offene NCRs: {ncrs}.</translation>
    </message>
    <message>
        <source>The budget trend starts with the next issued status report; this is the first point.</source>
        <translation>Der Budgetverlauf beginnt mit dem nächsten herausgegebenen Statusbericht; dies ist der erste Punkt.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Monthly project status report</source>
        <translation>Monatlicher Projektstatusbericht</translation>
    </message>
    <message>
        <source>Project status report {month} {year}</source>
        <translation>Projektstatusbericht {month} {year}</translation>
    </message>
    <message>
        <source>Daily field report {number}</source>
        <translation>Bautagesbericht {number}</translation>
    </message>
    <message>
        <source>Site diary summary</source>
        <translation>Zusammenfassung Bautagebuch</translation>
    </message>
    <message>
        <source>{value} °C</source>
        <translation>{value} °C</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Der Tag</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Bautagebuch</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>the diary day&apos;s one line</comment>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Rain or snow</source>
        <translation>Niederschlag</translation>
    </message>
    <message>
        <source>{value} mm</source>
        <translation>{value} mm</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Weather stopped work</source>
        <translation>Witterungs-
ausfall</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gewerk</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Total ({count} contractors)</source>
        <translation>Summe ({count} Auftragnehmer)</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Angenommen von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeiten</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Erteilt oder erhalten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>Delivery note: {what}</source>
        <translation>Lieferschein: {what}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Not signed: the day is still open.</source>
        <translation>Nicht unterschrieben: Der Tag ist noch offen.</translation>
    </message>
    <message>
        <source>Signed and closed {when}. Content hash (SHA-256): {hash}</source>
        <translation>Unterschrieben und abgeschlossen {when}. Inhalts-Hash (SHA-256): {hash}</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Ergänzungen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Ergänzung</translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>Keine Ergänzungen.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Behinderung</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>No delays.</source>
        <translation>Keine Behinderungen.</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Headcount per day by contractor</source>
        <translation>Personal pro Tag nach Auftragnehmer</translation>
    </message>
    <message>
        <source>Days on site</source>
        <translation>Tage auf der Baustelle</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Personentage</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Höchststand</translation>
    </message>
    <message>
        <source>No manpower recorded.</source>
        <translation>Kein Personal erfasst.</translation>
    </message>
    <message>
        <source>Days recorded</source>
        <translation>Erfasste Tage</translation>
    </message>
    <message>
        <source>Signed and closed</source>
        <translation>Unterschrieben und abgeschlossen</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>Durchschnittliche Personenzahl</translation>
    </message>
    <message>
        <source>Peak headcount</source>
        <translation>Höchste Personenzahl</translation>
    </message>
    <message>
        <source>Weather days lost</source>
        <translation>Witterungsbedingte Ausfalltage</translation>
    </message>
    <message>
        <source>{days} ({hours} h)</source>
        <translation>{days} ({hours} h)</translation>
    </message>
    <message>
        <source>Delays</source>
        <translation>Behinderungen</translation>
    </message>
    <message>
        <source>{count} on {days}, {hours} h</source>
        <translation>{count} an {days}, {hours} h</translation>
    </message>
    <message>
        <source>Manpower</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Diary days</source>
        <translation>Bautagebuchtage</translation>
    </message>
    <message>
        <source>Stopped (h)</source>
        <translation>Ausfall (h)</translation>
    </message>
    <message>
        <source>No diary days in this period.</source>
        <translation>Keine Bautagebuchtage in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Rain or snow (mm)</source>
        <translation>Niederschlag (mm)</translation>
    </message>
    <message>
        <source>Hours lost</source>
        <translation>Ausfallstunden</translation>
    </message>
    <message>
        <source>Weather stopped no work in this period.</source>
        <translation>In diesem Zeitraum gab es keinen witterungsbedingten Arbeitsausfall.</translation>
    </message>
    <message>
        <source>Delay register</source>
        <translation>Behinderungsregister</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Site activity this period</source>
        <translation>Baustellengeschehen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No site diary was written in this period.</source>
        <translation>In diesem Zeitraum wurde kein Bautagebuch geführt.</translation>
    </message>
    <message>
        <source>{count} on {day}</source>
        <translation>{count} am {day}</translation>
    </message>
    <message>
        <source>{cause} {days}, {hours} h</source>
        <translation>{cause} {days}, {hours} h</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Delays by cause</source>
        <translation>Behinderungen nach Ursache</translation>
    </message>
    <message>
        <source>Site diary report</source>
        <translation>Bautagebuchbericht</translation>
    </message>
    <message>
        <source>%n photo, see page {page}</source>
        <translation>%n Foto, siehe Seite {page}</translation>
    </message>
    <message>
        <source>%n photos, see page {page}</source>
        <translation>%n Fotos, siehe Seite {page}</translation>
    </message>
    <message>
        <source>Commentary from {name}</source>
        <translation>Kommentar von {name}</translation>
    </message>
    <message>
        <source>Monthly cost report</source>
        <translation>Monatlicher Kostenbericht</translation>
    </message>
    <message>
        <source>Cost report {month} {year}</source>
        <translation>Kostenbericht {month} {year}</translation>
    </message>
    <message>
        <source>DRAFT — not certified</source>
        <translation>ENTWURF — nicht bescheinigt</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>This application is {status}: the amounts are the review&apos;s so far (one line still counted as claimed) and may change until it is certified.</source>
        <translation>Diese Abschlagsrechnung ist {status}: Die Beträge entsprechen dem bisherigen Prüfstand (eine Position noch wie abgerechnet gezählt) und können sich bis zur Bescheinigung ändern.</translation>
    </message>
    <message>
        <source>This application is {status}: the amounts are the review&apos;s so far ({pending} lines still counted as claimed) and may change until it is certified.</source>
        <translation>Diese Abschlagsrechnung ist {status}: Die Beträge entsprechen dem bisherigen Prüfstand ({pending} Positionen noch wie abgerechnet gezählt) und können sich bis zur Bescheinigung ändern.</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>Abschlagsrechnung Nr.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Application and certificate for payment</source>
        <translation>Abschlagsrechnung und Zahlungsbescheinigung</translation>
    </message>
    <message>
        <source>Original contract sum</source>
        <translation>Ursprüngliche Auftragssumme</translation>
    </message>
    <message>
        <source>Net change by change orders</source>
        <translation>Nettoänderung durch Nachträge</translation>
    </message>
    <message>
        <source>Contract sum to date (1 + 2)</source>
        <translation>Aktuelle Auftragssumme (1 + 2)</translation>
    </message>
    <message>
        <source>Total completed and stored to date (column G)</source>
        <translation>Bisher ausgeführt und gelagert gesamt (Spalte G)</translation>
    </message>
    <message>
        <source>Retainage: {pct} of completed work</source>
        <translation>Sicherheitseinbehalt: {pct} der ausgeführten Leistung</translation>
    </message>
    <message>
        <source>Retainage: {pct} of stored material</source>
        <translation>Sicherheitseinbehalt: {pct} des gelagerten Materials</translation>
    </message>
    <message>
        <source>Less retainage released to date</source>
        <translation>Abzüglich bisher freigegebener Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>Total retainage (5a + 5b − released)</source>
        <translation>Sicherheitseinbehalt gesamt (5a + 5b − freigegeben)</translation>
    </message>
    <message>
        <source>Total earned less retainage (4 − 5)</source>
        <translation>Leistung gesamt abzüglich Sicherheitseinbehalt (4 − 5)</translation>
    </message>
    <message>
        <source>Less previous certificates for payment</source>
        <translation>Abzüglich bisheriger Zahlungsbescheinigungen</translation>
    </message>
    <message>
        <source>Less withholding (this application)</source>
        <translation>Abzüglich Einbehalt (diese Abschlagsrechnung)</translation>
    </message>
    <message>
        <source>Current payment due (6 − 7 − withholding)</source>
        <translation>Aktuell fällige Zahlung (6 − 7 − Einbehalt)</translation>
    </message>
    <message>
        <source>Balance to finish, including retainage (3 − 6)</source>
        <translation>Restbetrag bis Fertigstellung, einschließlich Sicherheitseinbehalt (3 − 6)</translation>
    </message>
    <message>
        <source>Application and certificate for payment (G702)</source>
        <translation>Abschlagsrechnung und Zahlungsbescheinigung (G702)</translation>
    </message>
    <message>
        <source>Payment due as the contractor applied for it: {claimed}; as reviewed: {due} (difference {difference}).</source>
        <translation>Fällige Zahlung laut Abrechnung des Auftragnehmers: {claimed}; nach Prüfung: {due} (Differenz {difference}).</translation>
    </message>
    <message>
        <source>Withholding</source>
        <translation>Einbehalt</translation>
    </message>
    <message>
        <source>{amount} withheld from this application: {reason}</source>
        <translation>{amount} von dieser Abschlagsrechnung einbehalten: {reason}</translation>
    </message>
    <message>
        <source>Certificate for payment</source>
        <translation>Zahlungsbescheinigung</translation>
    </message>
    <message>
        <source>Not certified: the certificate is signed once every line is decided.</source>
        <translation>Nicht bescheinigt: Die Bescheinigung wird unterschrieben, sobald über jede Position entschieden ist.</translation>
    </message>
    <message>
        <source>In accordance with the contract and the review of this application, the contractor is entitled to payment of {amount}. Certified on {when} by {who}.</source>
        <translation>Gemäß Vertrag und Prüfung dieser Abschlagsrechnung hat der Auftragnehmer Anspruch auf Zahlung von {amount}. Bescheinigt am {when} von {who}.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Reduced by</source>
        <translation>Gekürzt um</translation>
    </message>
    <message>
        <source>Reductions by the owner&apos;s representative</source>
        <translation>Kürzungen durch den Bauherrenvertreter</translation>
    </message>
    <message>
        <source>Every decided line approved as claimed</source>
        <translation>Jede entschiedene Position wie abgerechnet genehmigt</translation>
    </message>
    <message>
        <source>A Item</source>
        <translation>A Position</translation>
    </message>
    <message>
        <source>B Description</source>
        <translation>B Beschreibung</translation>
    </message>
    <message>
        <source>C Scheduled value</source>
        <translation>C LV-Wert</translation>
    </message>
    <message>
        <source>D From previous</source>
        <translation>D Aus Vorperioden</translation>
    </message>
    <message>
        <source>E This period</source>
        <translation>E Dieser Zeitraum</translation>
    </message>
    <message>
        <source>F Materials stored</source>
        <translation>F Gelagertes Material</translation>
    </message>
    <message>
        <source>G Completed and stored</source>
        <translation>G Ausgeführt und gelagert</translation>
    </message>
    <message>
        <source>G ÷ C</source>
        <translation>G ÷ C</translation>
    </message>
    <message>
        <source>H Balance to finish</source>
        <translation>H Restbetrag bis Fertigstellung</translation>
    </message>
    <message>
        <source>I Retainage</source>
        <translation>I Sicherheitseinbehalt</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Continuation sheet (G703)</source>
        <translation>Fortsetzungsblatt (G703)</translation>
    </message>
    <message>
        <source>G = D + E + F; H = C − G. Retainage per line: the work rate on D + E and the materials rate on F, each rounded half up to the cent; every total is the sum of its lines.</source>
        <translation>G = D + E + F; H = C − G. Sicherheitseinbehalt je Position: der Satz für Leistung auf D + E und der Satz für Material auf F, jeweils kaufmännisch auf den Cent gerundet; jede Summe ist die Summe ihrer Positionen.</translation>
    </message>
    <message>
        <source>Payment certificate {number}</source>
        <translation>Zahlungsbescheinigung {number}</translation>
    </message>
    <message>
        <source>Payment certificate {number} (draft, not certified)</source>
        <translation>Zahlungsbescheinigung {number} (Entwurf, nicht bescheinigt)</translation>
    </message>
    <message>
        <source>Payment certificate</source>
        <translation>Zahlungsbescheinigung</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>1 budget line</source>
        <translation>1 Budgetposition</translation>
    </message>
    <message>
        <source>{n} budget lines</source>
        <translation>{n} Budgetpositionen</translation>
    </message>
    <message>
        <source>short by {amount}</source>
        <translation>Fehlbetrag {amount}</translation>
    </message>
    <message>
        <source>Unfunded (no source)</source>
        <translation>Nicht finanziert (keine Quelle)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Headroom = the source&apos;s amount − the EAC of the budget lines it pays for (negative: the source is short).</source>
        <translation>Spielraum = Betrag der Quelle − Prognose der Budgetpositionen, die sie finanziert (negativ: Die Quelle reicht nicht aus).</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>Save reports in</source>
        <translation>Berichte speichern in</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Choose a folder: the file is named for the report number.</source>
        <translation>Wählen Sie einen Ordner: Die Datei wird nach der Berichtsnummer benannt.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Owner&apos;s rep</source>
        <translation>Bauherrenvertreter</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Issued {number}</source>
        <translation>{number} herausgegeben</translation>
    </message>
    <message>
        <source>{what}: {pages} pages, {path}</source>
        <translation>{what}: {pages} Seiten, {path}</translation>
    </message>
    <message>
        <source>Choose an issued report.</source>
        <translation>Wählen Sie einen herausgegebenen Bericht.</translation>
    </message>
    <message>
        <source>Regenerate as</source>
        <translation>Neu erzeugen als</translation>
    </message>
    <message>
        <source>Regenerated {number}: identical to the issued PDF.</source>
        <translation>{number} neu erzeugt: identisch mit dem herausgegebenen PDF.</translation>
    </message>
    <message>
        <source>Regenerated {number}, but it differs from the issued PDF (fonts or photos changed).</source>
        <translation>{number} neu erzeugt, weicht aber vom herausgegebenen PDF ab (Schriften oder Fotos geändert).</translation>
    </message>
    <message>
        <source>Regenerating {number}…</source>
        <translation>{number} wird neu erzeugt…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Neuer Bericht</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Latest completed</source>
        <translation>Zuletzt abgeschlossene</translation>
    </message>
    <message>
        <source>Inspection number</source>
        <translation>Prüfungsnummer</translation>
    </message>
    <message>
        <source>Any contractor</source>
        <translation>Alle Auftragnehmer</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Any trade (code or name)</source>
        <translation>Alle Gewerke (Code oder Name)</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Gewerk</translation>
    </message>
    <message>
        <source>Any location (code or name)</source>
        <translation>Alle Orte (Code oder Name)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contractor, then location</source>
        <translation>Auftragnehmer, dann Ort</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The folder for the PDF; each issue is named for its report number (HOSP-EW-STATUS-007.pdf), so no issue overwrites another</source>
        <translation>Der Ordner für das PDF; jede Ausgabe wird nach ihrer Berichtsnummer benannt (HOSP-EW-STATUS-007.pdf), sodass keine Ausgabe eine andere überschreibt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>Draft (not numbered or logged)</source>
        <translation>Entwurf (ohne Nummer, nicht protokolliert)</translation>
    </message>
    <message>
        <source>Plan extracts and sheet overviews of pinned items</source>
        <translation>Planausschnitte und Blattübersichten der verorteten Einträge</translation>
    </message>
    <message>
        <source>Site diary (one day, or a period&apos;s summary)</source>
        <translation>Bautagebuch (ein Tag oder Zusammenfassung eines Zeitraums)</translation>
    </message>
    <message>
        <source>Programme review (schedule update)</source>
        <translation>Terminplanprüfung (Fortschreibung)</translation>
    </message>
    <message>
        <source>Monthly cost report</source>
        <translation>Monatlicher Kostenbericht</translation>
    </message>
    <message>
        <source>Payment certificate (pay application)</source>
        <translation>Zahlungsbescheinigung (Abschlagsrechnung)</translation>
    </message>
    <message>
        <source>Schedule update number</source>
        <translation>Nummer der Fortschreibung</translation>
    </message>
    <message>
        <source>Current update</source>
        <translation>Aktuelle Fortschreibung</translation>
    </message>
    <message>
        <source>Pay application</source>
        <translation>Abschlagsrechnung</translation>
    </message>
    <message>
        <source>Latest application</source>
        <translation>Neueste Abschlagsrechnung</translation>
    </message>
    <message>
        <source>With their records</source>
        <translation>Bei ihren Einträgen</translation>
    </message>
    <message>
        <source>In an appendix (with page numbers)</source>
        <translation>Im Anhang (mit Seitenzahlen)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Your commentary, printed on page 1 with the headline. Kept as a draft until the report is issued.</source>
        <translation>Ihr Kommentar, auf Seite 1 mit der Überschrift gedruckt. Bleibt ein Entwurf, bis der Bericht herausgegeben wird.</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Build a draft and show its first pages here; no number is used</source>
        <translation>Einen Entwurf erstellen und seine ersten Seiten hier zeigen; es wird keine Nummer vergeben</translation>
    </message>
    <message>
        <source>Issue report</source>
        <translation>Bericht herausgeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Herausgegebene Berichte</translation>
    </message>
    <message>
        <source>Open issued PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Neu erzeugen…</translation>
    </message>
    <message>
        <source>Preview builds a draft and shows its first pages.</source>
        <translation>Die Vorschau erstellt einen Entwurf und zeigt seine ersten Seiten.</translation>
    </message>
    <message>
        <source>Monthly status report</source>
        <translation>Monatlicher Statusbericht</translation>
    </message>
    <message>
        <source>Punch list</source>
        <translation>Mängelliste</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Change orders and budget</source>
        <translation>Nachträge und Budget</translation>
    </message>
    <message>
        <source>Issues, NCRs and RFIs</source>
        <translation>Vorgänge, NCRs und RFIs</translation>
    </message>
    <message>
        <source>Portfolio (all projects)</source>
        <translation>Portfolio (alle Projekte)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Accept {number}</source>
        <translation>{number} annehmen</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>{number} zurückweisen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Claimed
%</source>
        <translation>Abgerechnet
%</translation>
    </message>
    <message>
        <source>Schedule
%</source>
        <translation>Terminplan
%</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Diary
days · workers</source>
        <translation>Bautagebuch
Tage · Arbeitskräfte</translation>
    </message>
    <message>
        <source>Open
NCRs · punch</source>
        <translation>Offen
NCRs · Mängel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Work
(E)</source>
        <translation>Leistung
(E)</translation>
    </message>
    <message>
        <source>Work claimed this period</source>
        <translation>In diesem Zeitraum abgerechnete Leistung</translation>
    </message>
    <message>
        <source>Stored
(F)</source>
        <translation>Gelagert
(F)</translation>
    </message>
    <message>
        <source>Materials presently stored, as claimed</source>
        <translation>Derzeit gelagertes Material, wie abgerechnet</translation>
    </message>
    <message>
        <source>Scheduled
(C)</source>
        <translation>LV-Wert
(C)</translation>
    </message>
    <message>
        <source>Previous
(D)</source>
        <translation>Bisher
(D)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>keine Aktivität</translation>
    </message>
    <message>
        <source>⚠ Over-claim +{points} pts</source>
        <translation>⚠ Überhöht +{points} Pkt.</translation>
    </message>
    <message>
        <source>no schedule evidence</source>
        <translation>kein Nachweis im Terminplan</translation>
    </message>
    <message>
        <source>✓ within evidence</source>
        <translation>✓ durch Nachweise gedeckt</translation>
    </message>
    <message>
        <source>Suggested withholding {amount}</source>
        <translation>Vorgeschlagener Einbehalt {amount}</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Approve line</source>
        <translation>Zeile &amp;genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;duce line…</source>
        <translation>Zeile &amp;kürzen…</translation>
    </message>
    <message>
        <source>Re&amp;ject line…</source>
        <translation>Zeile &amp;zurückweisen…</translation>
    </message>
    <message>
        <source>&amp;Certify…</source>
        <translation>&amp;Bescheinigen…</translation>
    </message>
    <message>
        <source>&amp;Withhold…</source>
        <translation>&amp;Einbehalten…</translation>
    </message>
    <message>
        <source>Re&amp;lease retainage…</source>
        <translation>Sicherheitseinbehalt &amp;freigeben…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Zur Prüfung ein&amp;reichen</translation>
    </message>
    <message>
        <source>Back to dra&amp;ft</source>
        <translation>Zurück zum Ent&amp;wurf</translation>
    </message>
    <message>
        <source>Return to contractor…</source>
        <translation>An den Auftragnehmer zurückgeben…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Für &amp;ungültig erklären…</translation>
    </message>
    <message>
        <source>Pay back retainage held, with this application</source>
        <translation>Gehaltenen Sicherheitseinbehalt mit dieser Abschlagsrechnung auszahlen</translation>
    </message>
    <message>
        <source>Lines of the application (G703)</source>
        <translation>Zeilen der Abschlagsrechnung (G703)</translation>
    </message>
    <message>
        <source>Evidence of the line selected</source>
        <translation>Nachweise zur ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Select a payment application to review it</source>
        <translation>Wählen Sie eine Abschlagsrechnung zur Prüfung aus</translation>
    </message>
    <message>
        <source>Select a line to see what the site records say.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, was die Baustellenaufzeichnungen sagen.</translation>
    </message>
    <message>
        <source>Claimed {claimed} complete; the schedule says {schedule}.</source>
        <translation>Abgerechnet {claimed} fertig; laut Terminplan {schedule}.</translation>
    </message>
    <message>
        <source>nothing (no linked activity)</source>
        <translation>nichts (keine verknüpfte Aktivität)</translation>
    </message>
    <message>
        <source>Over-claimed by {points} percentage points.</source>
        <translation>Um {points} Prozentpunkte überhöht abgerechnet.</translation>
    </message>
    <message>
        <source>Activities: {codes}</source>
        <translation>Aktivitäten: {codes}</translation>
    </message>
    <message>
        <source>Diary in the period: {days} days with the contractor on site, {workers} worker-days.</source>
        <translation>Bautagebuch im Zeitraum: {days} Tage mit dem Auftragnehmer vor Ort, {workers} Personentage.</translation>
    </message>
    <message>
        <source>Open: {ncrs} non-conformances, {punch} punch items.</source>
        <translation>Offen: {ncrs} Abweichungen, {punch} Mängel.</translation>
    </message>
    <message>
        <source>Suggested withholding: {amount}.</source>
        <translation>Vorgeschlagener Einbehalt: {amount}.</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>&amp;Neues Risiko</translation>
    </message>
    <message>
        <source>Probability × impact</source>
        <translation>Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>Select a risk</source>
        <translation>Wählen Sie ein Risiko aus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Probability (1–5)</source>
        <translation>Wahrscheinlichkeit (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Auswirkung (1–5)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Save risk</source>
        <translation>Risiko &amp;speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verknüpfungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>No linked records</source>
        <translation>Keine verknüpften Datensätze</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
</context>
<context>
    <name>RollupStrip</name>
    <message>
        <source>Original contract</source>
        <translation>Ursprünglicher Auftrag</translation>
    </message>
    <message>
        <source>Approved changes</source>
        <translation>Genehmigte Nachträge</translation>
    </message>
    <message>
        <source>Pending exposure</source>
        <translation>Offene Nachträge</translation>
    </message>
    <message>
        <source>Revised contract</source>
        <translation>Aktueller Auftrag</translation>
    </message>
    <message>
        <source>Contingency left</source>
        <translation>Reserve übrig</translation>
    </message>
    <message>
        <source>Schedule impact</source>
        <translation>Terminauswirkung</translation>
    </message>
    <message>
        <source>+{approved} d approved · +{pending} d pending</source>
        <translation>+{approved} T genehmigt · +{pending} T offen</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Missing logic</source>
        <translation>Fehlende Logik</translation>
    </message>
    <message>
        <source>Leads (negative lags)</source>
        <translation>Vorläufe (negative Abstände)</translation>
    </message>
    <message>
        <source>Lags</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>Relationship types (finish-to-start)</source>
        <translation>Beziehungsarten (Ende-Anfang)</translation>
    </message>
    <message>
        <source>Hard constraints</source>
        <translation>Harte Einschränkungen</translation>
    </message>
    <message>
        <source>High float (&gt; 44 working days)</source>
        <translation>Hoher Puffer (&gt; 44 Arbeitstage)</translation>
    </message>
    <message>
        <source>Negative float</source>
        <translation>Negativer Puffer</translation>
    </message>
    <message>
        <source>High duration (&gt; 44 working days)</source>
        <translation>Lange Dauer (&gt; 44 Arbeitstage)</translation>
    </message>
    <message>
        <source>Invalid dates</source>
        <translation>Ungültige Termine</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Missed activities</source>
        <translation>Verfehlte Aktivitäten</translation>
    </message>
    <message>
        <source>Critical path test</source>
        <translation>Test des kritischen Wegs</translation>
    </message>
    <message>
        <source>Critical path length index (CPLI)</source>
        <translation>Längenindex des kritischen Wegs (CPLI)</translation>
    </message>
    <message>
        <source>Baseline execution index (BEI)</source>
        <translation>Basis-Ausführungsindex (BEI)</translation>
    </message>
    <message>
        <source>reported only</source>
        <translation>nur berichtet</translation>
    </message>
    <message>
        <source>finish moves as much</source>
        <translation>Ende verschiebt sich gleich</translation>
    </message>
    <message>
        <source>≥ 90 % finish-to-start</source>
        <translation>≥ 90 % Ende-Anfang</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Level of effort</source>
        <translation>Aufwandsbezogen (LOE)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammelvorgang</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bauherr</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Neutral (weather, force majeure)</source>
        <translation>Neutral (Witterung, höhere Gewalt)</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Nicht festgestellt</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Slipped most</source>
        <translation>Am stärksten verschoben</translation>
    </message>
    <message>
        <source>Float consumed</source>
        <translation>Puffer verbraucht</translation>
    </message>
    <message>
        <source>Entered the critical path</source>
        <translation>Auf den kritischen Weg gekommen</translation>
    </message>
    <message>
        <source>Left the critical path</source>
        <translation>Vom kritischen Weg gefallen</translation>
    </message>
    <message>
        <source>Relationships added</source>
        <translation>Anordnungsbeziehungen hinzugefügt</translation>
    </message>
    <message>
        <source>Relationships removed</source>
        <translation>Anordnungsbeziehungen entfernt</translation>
    </message>
    <message>
        <source>Durations changed</source>
        <translation>Dauern geändert</translation>
    </message>
    <message>
        <source>Activities added</source>
        <translation>Aktivitäten hinzugefügt</translation>
    </message>
    <message>
        <source>Activities removed</source>
        <translation>Aktivitäten entfernt</translation>
    </message>
    <message>
        <source>Progress claimed</source>
        <translation>Gemeldeter Fortschritt</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>{number} has nothing to compare with: it is the first update.</source>
        <translation>{number} hat keinen Vergleich: Es ist die erste Fortschreibung.</translation>
    </message>
    <message>
        <source>{number} has no number yet: its look-ahead shows after a sync.</source>
        <translation>{number} hat noch keine Nummer: Die Vorschau erscheint nach einer Synchronisation.</translation>
    </message>
    <message>
        <source>Activity {code} is not in {number}.</source>
        <translation>Aktivität {code} ist nicht in {number} enthalten.</translation>
    </message>
    <message>
        <source>{number} imported: {activities} activities, {links} relationships, {milestones} milestones; data date {date}.</source>
        <translation>{number} importiert: {activities} Aktivitäten, {links} Anordnungsbeziehungen, {milestones} Meilensteine; Stichtag {date}.</translation>
    </message>
    <message>
        <source>{count} relationships to activities of other projects in the file were left out.</source>
        <translation>{count} Anordnungsbeziehungen zu Aktivitäten anderer Projekte in der Datei wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>Programme update shown</source>
        <translation>Angezeigte Fortschreibung</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Fortschreibung</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>&amp;Import programme…</source>
        <translation>Terminplan &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the contractor&apos;s programme (P6 XER or MS Project XML) as a new update</source>
        <translation>Den Terminplan des Auftragnehmers (P6 XER oder MS Project XML) als neue Fortschreibung importieren</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Accept the update…</source>
        <translation>Fortschreibung annehmen…</translation>
    </message>
    <message>
        <source>Reject the update…</source>
        <translation>Fortschreibung zurückweisen…</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Terminplan</translation>
    </message>
    <message>
        <source>&amp;Quality check</source>
        <translation>&amp;Qualitätsprüfung</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Verglei&amp;ch</translation>
    </message>
    <message>
        <source>Look-a&amp;head</source>
        <translation>Vor&amp;schau</translation>
    </message>
    <message>
        <source>Dela&amp;y events</source>
        <translation>&amp;Behinderungen</translation>
    </message>
    <message>
        <source>No programme yet</source>
        <translation>Noch kein Terminplan</translation>
    </message>
    <message>
        <source>Import the contractor&apos;s programme — a Primavera P6 .xer file or a Microsoft Project .xml file — to review its quality, follow its updates against the baseline and see the forecast computed from it. Each import is kept as an update; the first is the baseline.</source>
        <translation>Importieren Sie den Terminplan des Auftragnehmers — eine Primavera-P6-Datei (.xer) oder eine Microsoft-Project-Datei (.xml) —, um seine Qualität zu prüfen, seine Fortschreibungen gegenüber der Basis zu verfolgen und die daraus berechnete Prognose zu sehen. Jeder Import wird als Fortschreibung gespeichert; der erste ist die Basis.</translation>
    </message>
    <message>
        <source>Import a programme…</source>
        <translation>Terminplan importieren…</translation>
    </message>
    <message>
        <source>The baseline</source>
        <translation>Die Basis</translation>
    </message>
    <message>
        <source>The previous update</source>
        <translation>Die vorherige Fortschreibung</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <source>Forecast completion {forecast} against the contractual {contract}</source>
        <translation>Prognostizierte Fertigstellung {forecast} gegenüber vertraglich {contract}</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} Tage Verzug</translation>
    </message>
    <message>
        <source>on time ({days} days to spare)</source>
        <translation>termingerecht ({days} Tage Reserve)</translation>
    </message>
    <message>
        <source>float on the critical path {days} working days</source>
        <translation>Puffer auf dem kritischen Weg {days} Arbeitstage</translation>
    </message>
    <message>
        <source>(from {number})</source>
        <translation>(aus {number})</translation>
    </message>
    <message>
        <source>bars under: {number}</source>
        <translation>Balken darunter: {number}</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>data date {date}</source>
        <translation>Stichtag {date}</translation>
    </message>
    <message>
        <source>{activities} activities, {links} relationships, {milestones} milestones</source>
        <translation>{activities} Aktivitäten, {links} Anordnungsbeziehungen, {milestones} Meilensteine</translation>
    </message>
    <message>
        <source>finish {date}</source>
        <translation>Ende {date}</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>die Basis</translation>
    </message>
    <message>
        <source>an earlier update</source>
        <translation>eine frühere Fortschreibung</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>A number like PI-0042, or words: title, contractor, trade, location…</source>
        <translation>Eine Nummer wie PI-0042 oder Wörter: Titel, Auftragnehmer, Gewerk, Ort…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type a record number or words to find.</source>
        <translation>Geben Sie eine Nummer oder Suchwörter ein.</translation>
    </message>
    <message>
        <source>Choose a project in the toolbar first.</source>
        <translation>Wählen Sie zuerst in der Werkzeugleiste ein Projekt.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Punch items</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Contractor issues</source>
        <translation>Auftragnehmer-Vorgänge</translation>
    </message>
    <message>
        <source>Change orders</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>{kind} · {shown} shown, counting…</source>
        <translation>{kind} · {shown} angezeigt, wird gezählt…</translation>
    </message>
    <message>
        <source>{kind} · {shown} of {total}</source>
        <translation>{kind} · {shown} von {total}</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Nichts gefunden für „{text}“.</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter opens, Esc closes.</source>
        <translation>Auf und Ab wählen, Eingabe öffnet, Esc schließt.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Report branding</source>
        <translation>Berichtsgestaltung</translation>
    </message>
    <message>
        <source>Start every report with a separate cover page</source>
        <translation>Jeden Bericht mit einem eigenen Deckblatt beginnen</translation>
    </message>
    <message>
        <source>e.g. Confidential — prepared for the owner</source>
        <translation>z. B. Vertraulich — erstellt für den Bauherrn</translation>
    </message>
    <message>
        <source>With the code: USD 1,234.50</source>
        <translation>Mit Code: USD 1,234.50</translation>
    </message>
    <message>
        <source>With the symbol: $1,234.50</source>
        <translation>Mit Symbol: $1,234.50</translation>
    </message>
    <message>
        <source>{project}: the project&apos;s code, {kind}: the report&apos;s kind, {seq}: its sequence ({seq:3}: at least 3 digits). Issued reports keep their numbers.</source>
        <translation>{project}: Kürzel des Projekts, {kind}: Art des Berichts, {seq}: laufende Nummer ({seq:3}: mindestens 3 Ziffern). Herausgegebene Berichte behalten ihre Nummern.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Owner logo</source>
        <translation>Logo des Bauherrn</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Hauptfarbe</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <source>Footer line of every report</source>
        <translation>Fußzeile jedes Berichts</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Report numbers</source>
        <translation>Berichtsnummern</translation>
    </message>
    <message>
        <source>Central PMO database</source>
        <translation>Zentrale PMO-Datenbank</translation>
    </message>
    <message>
        <source>Open the Sync screen…</source>
        <translation>Synchronisation öffnen…</translation>
    </message>
    <message>
        <source>Sync automatically when the server is reachable</source>
        <translation>Automatisch synchronisieren, wenn der Server erreichbar ist</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Sprache (nach Neustart)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Portfolio health thresholds (amber / red)</source>
        <translation>Schwellenwerte für den Portfolio-Status (gelb / rot)</translation>
    </message>
    <message>
        <source>Negative float (the programme cannot meet the date) is always red.</source>
        <translation>Negativer Puffer (der Terminplan kann den Termin nicht halten) ist immer rot.</translation>
    </message>
    <message>
        <source>Budget change (% of contract)</source>
        <translation>Budgetänderung (% des Auftrags)</translation>
    </message>
    <message>
        <source>Schedule slip (days)</source>
        <translation>Terminverzug (Tage)</translation>
    </message>
    <message>
        <source>Completion float below (working days)</source>
        <translation>Puffer bis Fertigstellung unter (Arbeitstage)</translation>
    </message>
    <message>
        <source>Overdue punch items</source>
        <translation>Überfällige Mängel</translation>
    </message>
    <message>
        <source>Inspection pass rate below (%)</source>
        <translation>Bestehensquote Prüfungen unter (%)</translation>
    </message>
    <message>
        <source>Cost check thresholds</source>
        <translation>Schwellenwerte der Kostenprüfung</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>A pay application line is flagged when its claimed % complete is this far above the schedule&apos;s.</source>
        <translation>Eine Zeile der Abschlagsrechnung wird markiert, wenn ihr abgerechneter Fertigstellungsgrad so weit über dem des Terminplans liegt.</translation>
    </message>
    <message>
        <source>A change order&apos;s unit price is flagged when it is this far above or below the contract rate (or other projects&apos; median).</source>
        <translation>Der Einheitspreis eines Nachtrags wird markiert, wenn er so weit über oder unter dem Vertragspreis (oder dem Median anderer Projekte) liegt.</translation>
    </message>
    <message>
        <source>Over-claim above the schedule by more than</source>
        <translation>Überhöhte Abrechnung gegenüber Terminplan um mehr als</translation>
    </message>
    <message>
        <source>Unit rate deviation beyond (±)</source>
        <translation>Abweichung des Einheitspreises über (±)</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Saving the PMO&apos;s settings on the central database…</source>
        <translation>Die Einstellungen des PMO werden in der zentralen Datenbank gespeichert …</translation>
    </message>
    <message>
        <source>{user} at {url}</source>
        <translation>{user} auf {url}</translation>
    </message>
    <message>
        <source>Not connected: enter the connection on the Sync screen.</source>
        <translation>Nicht verbunden: Geben Sie die Verbindung in der Synchronisation ein.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>Budget: red must be at or above amber.</source>
        <translation>Budget: Rot muss größer oder gleich Gelb sein.</translation>
    </message>
    <message>
        <source>Schedule: red must be at or above amber.</source>
        <translation>Termine: Rot muss größer oder gleich Gelb sein.</translation>
    </message>
    <message>
        <source>Overdue punch items: red must be at or above amber.</source>
        <translation>Überfällige Mängel: Rot muss größer oder gleich Gelb sein.</translation>
    </message>
    <message>
        <source>Pass rate: red must be at or below amber.</source>
        <translation>Bestehensquote: Rot muss kleiner oder gleich Gelb sein.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SheetEditDialog</name>
    <message>
        <source>Edit {count} sheets</source>
        <translation>{count} Pläne bearbeiten</translation>
    </message>
    <message>
        <source>Edit sheet {number}</source>
        <translation>Plan {number} bearbeiten</translation>
    </message>
    <message>
        <source>Fields left on “keep” stay as they are on each sheet.</source>
        <translation>Felder auf „beibehalten“ bleiben auf jedem Plan unverändert.</translation>
    </message>
    <message>
        <source>(keep)</source>
        <translation>(beibehalten)</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Ort)</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Plannummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Fachbereich</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
</context>
<context>
    <name>SheetLink</name>
    <message>
        <source>Open the drawing centred on this item&apos;s pin</source>
        <translation>Den Plan zentriert auf den Pin dieses Eintrags öffnen</translation>
    </message>
    <message>
        <source>{number} (rev {rev})</source>
        <translation>{number} (Rev. {rev})</translation>
    </message>
    <message>
        <source>On sheet {where}</source>
        <translation>Auf Plan {where}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
</context>
<context>
    <name>SheetViewer</name>
    <message>
        <source>Pick a sheet</source>
        <extracomment>Zoom used when the viewer opens centred on a pin (screen pixels per point). From this zoom on, pins show their item&apos;s number beside them.</extracomment>
        <translation>Plan auswählen</translation>
    </message>
    <message>
        <source>The revision shown</source>
        <translation>Die angezeigte Revision</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Compare two revisions of this sheet</source>
        <translation>Zwei Revisionen dieses Plans vergleichen</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole sheet (0)</source>
        <translation>Ganzen Plan zeigen (0)</translation>
    </message>
    <message>
        <source>Add punch item</source>
        <translation>Mangel hinzufügen</translation>
    </message>
    <message>
        <source>Add issue</source>
        <translation>Vorgang hinzufügen</translation>
    </message>
    <message>
        <source>Then click the sheet where the item is (P)</source>
        <translation>Dann auf die Stelle im Plan klicken, wo der Mangel ist (P)</translation>
    </message>
    <message>
        <source>Then click the sheet where the issue is (I)</source>
        <translation>Dann auf die Stelle im Plan klicken, wo der Vorgang ist (I)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All contractors</source>
        <translation>Alle Auftragnehmer</translation>
    </message>
    <message>
        <source>Items and issues</source>
        <translation>Mängel und Vorgänge</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Find a pin</source>
        <translation>Pin suchen</translation>
    </message>
    <message>
        <source>Number or title of a pinned item</source>
        <translation>Nummer oder Titel eines verorteten Eintrags</translation>
    </message>
    <message>
        <source>Punch items</source>
        <translation>Mängel</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the sheet in the view</source>
        <translation>Plan in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Add a punch item on the sheet</source>
        <translation>Einen Mangel auf dem Plan hinzufügen</translation>
    </message>
    <message>
        <source>Add an issue on the sheet</source>
        <translation>Einen Vorgang auf dem Plan hinzufügen</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Hinzufügen beenden</translation>
    </message>
    <message>
        <source>Rev {rev}</source>
        <translation>Rev. {rev}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>The drawing file of this sheet is not on this computer yet; sync to download it, or import the file again.</source>
        <translation>Die Plandatei dieses Plans ist noch nicht auf diesem Computer; synchronisieren Sie, um sie herunterzuladen, oder importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Items are added on the current revision of the sheet</source>
        <translation>Einträge werden auf der aktuellen Revision des Plans hinzugefügt</translation>
    </message>
    <message>
        <source>{count} pin(s)</source>
        <translation>{count} Pin(s)</translation>
    </message>
    <message>
        <source>Add punch item here…</source>
        <translation>Mangel hier hinzufügen…</translation>
    </message>
    <message>
        <source>Add issue here…</source>
        <translation>Vorgang hier hinzufügen…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftsfeld</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger. Delete clears.</source>
        <translation>Mit Maus, Stift oder Finger unterschreiben. Entf löscht.</translation>
    </message>
    <message>
        <source>✕  Sign here</source>
        <translation>✕  Hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>SovLineDialog</name>
    <message>
        <source>Add a line to {number}</source>
        <translation>Position zu {number} hinzufügen</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— keine</translation>
    </message>
    <message>
        <source>schedule activity codes, separated by commas</source>
        <translation>Aktivitätscodes des Terminplans, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Scheduled &amp;value ({currency})</source>
        <translation>LV-&amp;Wert ({currency})</translation>
    </message>
    <message>
        <source>&amp;Budget line</source>
        <translation>B&amp;udgetposition</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Aktivitäten</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Approved budget</source>
        <translation>Genehmigtes Budget</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Prognose der Gesamtkosten</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Hard costs (approved · EAC)</source>
        <translation>Baukosten (genehmigt · Prognose)</translation>
    </message>
    <message>
        <source>Soft costs (approved · EAC)</source>
        <translation>Baunebenkosten (genehmigt · Prognose)</translation>
    </message>
    <message>
        <source>Contingency: original · drawn · left</source>
        <translation>Reserve: ursprünglich · in Anspruch genommen · übrig</translation>
    </message>
    <message>
        <source>{amount} over budget</source>
        <translation>{amount} über Budget</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The central database refused the user name or password. Open the Sync screen, enter the right password and press Connect.</source>
        <translation>Die zentrale Datenbank hat Benutzername oder Passwort abgelehnt. Öffnen Sie die Synchronisation, geben Sie das richtige Passwort ein und klicken Sie auf „Verbinden“.</translation>
    </message>
    <message>
        <source>The central database does not know you as a member (or this laptop is registered to someone else). Ask the PMO to add you; your work is kept.</source>
        <translation>Die zentrale Datenbank kennt Sie nicht als Mitglied (oder dieser Laptop ist auf jemand anderen registriert). Bitten Sie das PMO, Sie hinzuzufügen; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>The central database cannot be reached. Your work is kept on this laptop and will sync when the connection is back.</source>
        <translation>Die zentrale Datenbank ist nicht erreichbar. Ihre Arbeit bleibt auf diesem Laptop und wird synchronisiert, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The secure connection to the central database failed: its certificate does not match the CA certificate file. Check the file on the Sync screen or ask the PMO for the right one.</source>
        <translation>Die sichere Verbindung zur zentralen Datenbank ist fehlgeschlagen: Ihr Zertifikat passt nicht zur CA-Zertifikatsdatei. Prüfen Sie die Datei in der Synchronisation oder fragen Sie das PMO nach der richtigen.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is too far ahead of the central database. Set the date and time correctly, then press Sync now; your work is kept.</source>
        <translation>Die Uhr dieses Laptops geht der zentralen Datenbank zu weit vor. Stellen Sie Datum und Uhrzeit richtig ein und klicken Sie dann auf „Jetzt synchronisieren“; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your changes were sent, but this version of Executrek Field is too old for the central database. Install the latest version to keep syncing.</source>
        <translation>Ihre Änderungen wurden gesendet, aber diese Version von Executrek Field ist zu alt für die zentrale Datenbank. Installieren Sie die neueste Version, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <source>The central database runs an older version than this app. Ask the PMO to upgrade it (&apos;executrek central init&apos;); your changes were sent.</source>
        <translation>Die zentrale Datenbank läuft mit einer älteren Version als diese App. Bitten Sie das PMO, sie zu aktualisieren (&apos;executrek central init&apos;); Ihre Änderungen wurden gesendet.</translation>
    </message>
    <message>
        <source>The central database is not set up for Executrek Field (or refused the request). Ask the PMO to run &apos;executrek central init&apos;; your work is kept.</source>
        <translation>Die zentrale Datenbank ist nicht für Executrek Field eingerichtet (oder hat die Anfrage abgelehnt). Bitten Sie das PMO, &apos;executrek central init&apos; auszuführen; Ihre Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a central database yet. Enter the server address, user and password on the Sync screen and press Connect.</source>
        <translation>Dieser Laptop ist noch mit keiner zentralen Datenbank verbunden. Geben Sie in der Synchronisation Serveradresse, Benutzer und Passwort ein und klicken Sie auf „Verbinden“.</translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <translation>Die Synchronisation wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisation nicht eingerichtet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation läuft…</translation>
    </message>
    <message>
        <source>Syncing {percent}%</source>
        <translation>Synchronisation {percent}%</translation>
    </message>
    <message>
        <source>Up to date at {time}</source>
        <translation>Aktuell (Stand {time})</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is kept in memory for this session only and will be asked for again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Passwort wird nur für diese Sitzung im Speicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a central database yet. Run &apos;executrek connect --url URL --user NAME&apos;.</source>
        <translation>Dieser Laptop ist noch mit keiner zentralen Datenbank verbunden. Führen Sie &apos;executrek connect --url URL --user NAME&apos; aus.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>shared (no project)</source>
        <translation>gemeinsam (kein Projekt)</translation>
    </message>
    <message>
        <source>The photo file {file}… is missing on this laptop.</source>
        <translation>Die Fotodatei {file}… fehlt auf diesem Laptop.</translation>
    </message>
    <message>
        <source>{n} record(s) from the central database clash with a record on this laptop that has the same code or number (for example a project created twice offline). Rename one of them and sync again.</source>
        <translation>{n} Datensatz/Datensätze aus der zentralen Datenbank kollidieren mit einem Datensatz auf diesem Laptop, der dasselbe Kürzel oder dieselbe Nummer hat (zum Beispiel ein offline zweimal angelegtes Projekt). Benennen Sie einen davon um und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The central database runs an older version than this app; ask the PMO to upgrade it (&apos;executrek central init&apos;). Your changes were sent.</source>
        <translation>Die zentrale Datenbank läuft mit einer älteren Version als diese App; bitten Sie das PMO, sie zu aktualisieren („executrek central init“). Ihre Änderungen wurden gesendet.</translation>
    </message>
    <message>
        <source>The connection to the central database was lost. Your work is kept and will be sent at the next sync.</source>
        <translation>Die Verbindung zur zentralen Datenbank wurde unterbrochen. Ihre Arbeit bleibt erhalten und wird bei der nächsten Synchronisation gesendet.</translation>
    </message>
    <message>
        <source>The first download of {project} stopped after {n} record(s); they are kept and the next sync continues where it stopped.</source>
        <translation>Der erste Download von {project} wurde nach {n} Datensatz/Datensätzen unterbrochen; sie bleiben erhalten, und die nächste Synchronisation setzt dort fort.</translation>
    </message>
    <message>
        <source>Your membership was withdrawn for: {projects}. Changes you made there are kept on this laptop and in the PMO&apos;s quarantine.</source>
        <translation>Ihre Mitgliedschaft wurde entzogen für: {projects}. Ihre Änderungen dort bleiben auf diesem Laptop und in der Quarantäne des PMO erhalten.</translation>
    </message>
    <message>
        <source>{n} change(s) the central database had refused were sent again.</source>
        <translation>{n} von der zentralen Datenbank abgelehnte Änderung(en) wurden erneut gesendet.</translation>
    </message>
    <message>
        <source>The PMO applied {n} of your refused change(s) on the central database.</source>
        <translation>Das PMO hat {n} Ihrer abgelehnten Änderung(en) in der zentralen Datenbank übernommen.</translation>
    </message>
    <message>
        <source>The PMO discarded {n} of your refused change(s); the records show the central database&apos;s values again (a copy is in the log).</source>
        <translation>Das PMO hat {n} Ihrer abgelehnten Änderung(en) verworfen; die Datensätze zeigen wieder die Werte der zentralen Datenbank (eine Kopie steht im Protokoll).</translation>
    </message>
    <message>
        <source>{n} record(s) from the central database were set aside on this laptop and are not shown: {detail}. Your own work is not affected; tell the PMO if this stays after the next sync.</source>
        <translation>{n} Datensatz/Datensätze aus der zentralen Datenbank wurden auf diesem Laptop zurückgestellt und werden nicht angezeigt: {detail}. Ihre eigene Arbeit ist nicht betroffen; informieren Sie das PMO, wenn dies nach der nächsten Synchronisation bleibt.</translation>
    </message>
    <message>
        <source>The connection to the central database may be unencrypted (connected with --insecure): your data and password can be read on the network. Connect again with the organisation&apos;s CA file (--ca) as soon as you can.</source>
        <translation>Die Verbindung zur zentralen Datenbank ist möglicherweise unverschlüsselt (verbunden mit --insecure): Ihre Daten und Ihr Passwort können im Netzwerk mitgelesen werden. Verbinden Sie sich so bald wie möglich erneut mit der CA-Datei der Organisation (--ca).</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Downloading a project: {percent} %</source>
        <translation>Projekt wird heruntergeladen: {percent} %</translation>
    </message>
    <message>
        <source>Conflicts waiting for your decision on the Sync screen: {n}.</source>
        <translation>Konflikte, die in der Synchronisation auf Ihre Entscheidung warten: {n}.</translation>
    </message>
    <message>
        <source>Changes refused by the central database: {n}. They are kept on this laptop and the PMO can see them.</source>
        <translation>Von der zentralen Datenbank abgelehnte Änderungen: {n}. Sie bleiben auf diesem Laptop, und das PMO kann sie sehen.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Open the sync screen</source>
        <translation>Synchronisation öffnen</translation>
    </message>
    <message>
        <source>Sync status: {text}</source>
        <translation>Synchronisationsstatus: {text}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the central PMO database</source>
        <translation>Synchronisation mit der zentralen PMO-Datenbank</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Änderungen jetzt senden und empfangen (F5)</translation>
    </message>
    <message>
        <source>No sync yet in this session.</source>
        <translation>In dieser Sitzung noch keine Synchronisation.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to place every set-aside record now with what this laptop has</source>
        <translation>Jetzt versuchen, alle zurückgestellten Datensätze mit dem Stand dieses Laptops zu übernehmen</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation>Grund der Zurückstellung</translation>
    </message>
    <message>
        <source>Everything the central database sent was placed on this laptop.</source>
        <translation>Alles, was die zentrale Datenbank gesendet hat, wurde auf diesem Laptop übernommen.</translation>
    </message>
    <message>
        <source>Records from the central database this laptop could not place: in another project than they came with, pointing at a record it does not have, or with a value it cannot store. Each sync tries them again.</source>
        <translation>Datensätze der zentralen Datenbank, die dieser Laptop nicht übernehmen konnte: in einem anderen Projekt als dem, mit dem sie kamen, mit Verweis auf einen Datensatz, den er nicht hat, oder mit einem Wert, den er nicht speichern kann. Jede Synchronisation versucht es erneut.</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>Tag öffnen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Every closed diary day still matches what was signed.</source>
        <translation>Jeder abgeschlossene Bautagebuchtag stimmt noch mit dem Unterschriebenen überein.</translation>
    </message>
    <message>
        <source>A closed diary day is sealed with a hash of its content. These days no longer match it: they were changed after they were closed (on the central database, or in this laptop&apos;s file).</source>
        <translation>Ein abgeschlossener Bautagebuchtag wird mit einem Hash seines Inhalts versiegelt. Diese Tage stimmen nicht mehr damit überein: Sie wurden nach dem Abschluss geändert (in der zentralen Datenbank oder in der Datei dieses Laptops).</translation>
    </message>
    <message>
        <source>Set aside ({n})</source>
        <translation>Zurückgestellt ({n})</translation>
    </message>
    <message>
        <source>Diary days changed ({n})</source>
        <translation>Geänderte Tagebuchtage ({n})</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>optional: the organisation&apos;s CA certificate</source>
        <translation>optional: das CA-Zertifikat der Organisation</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Connect checks the address, user and password with the server, then keeps the password in the system keyring (never in the settings file). Automatic sync is switched on or off in Settings.</source>
        <translation>„Verbinden“ prüft Adresse, Benutzer und Passwort beim Server und speichert das Passwort dann im Schlüsselbund des Systems (nie in der Einstellungsdatei). Die automatische Synchronisation wird in den Einstellungen ein- oder ausgeschaltet.</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops; the later change was kept. Both values stay here for 30 days: restore yours, or keep the decision.</source>
        <translation>Dasselbe Feld wurde auf zwei Laptops geändert; die spätere Änderung wurde beibehalten. Beide Werte bleiben hier 30 Tage: Stellen Sie Ihren wieder her oder behalten Sie die Entscheidung.</translation>
    </message>
    <message>
        <source>Nothing was decided automatically.</source>
        <translation>Nichts wurde automatisch entschieden.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Restore mine</source>
        <translation>Meinen wiederherstellen</translation>
    </message>
    <message>
        <source>Keep as decided</source>
        <translation>Wie entschieden lassen</translation>
    </message>
    <message>
        <source>The central database refused none of your changes.</source>
        <translation>Die zentrale Datenbank hat keine Ihrer Änderungen abgelehnt.</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächste Synchronisation</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Need your decision ({n})</source>
        <translation>Ihre Entscheidung nötig ({n})</translation>
    </message>
    <message>
        <source>Decided automatically ({n})</source>
        <translation>Automatisch entschieden ({n})</translation>
    </message>
    <message>
        <source>Refused changes ({n})</source>
        <translation>Abgelehnte Änderungen ({n})</translation>
    </message>
    <message>
        <source>No conflicts need your decision.</source>
        <translation>Keine Konflikte erfordern Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mein Wert</translation>
    </message>
    <message>
        <source>Mine: who, when</source>
        <translation>Mein Wert: wer, wann</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation>Anderer Wert: wer, wann</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Anderen übernehmen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{field}: mine {mine}, theirs {theirs}</source>
        <translation>{field}: mein Wert {mine}, anderer {theirs}</translation>
    </message>
    <message>
        <source>Decided together with: {fields}</source>
        <translation>Zusammen entschieden mit: {fields}</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mein Wert</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>anderer Wert</translation>
    </message>
    <message>
        <source>sent again</source>
        <translation>erneut gesendet</translation>
    </message>
    <message>
        <source>waits for you</source>
        <translation>wartet auf Sie</translation>
    </message>
    <message>
        <source>Diary day {number} of {day} was changed after it was closed: its content no longer matches what was signed.</source>
        <translation>Tagebuchtag {number} vom {day} wurde nach dem Abschluss geändert: Sein Inhalt stimmt nicht mehr mit dem Unterschriebenen überein.</translation>
    </message>
    <message>
        <source>the day before it</source>
        <translation>Vortag</translation>
    </message>
    <message>
        <source>Diary day {number} of {day} no longer follows {before}: {before} was changed or removed after {number} was closed.</source>
        <translation>Tagebuchtag {number} vom {day} folgt nicht mehr auf {before}: {before} wurde nach dem Abschluss von {number} geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Diary day {number} of {day} is sealed but no longer closed.</source>
        <translation>Tagebuchtag {number} vom {day} ist versiegelt, aber nicht mehr abgeschlossen.</translation>
    </message>
    <message>
        <source>Downloading {project}: {n} records so far; the next sync continues where it stopped.</source>
        <translation>{project} wird heruntergeladen: bisher {n} Datensätze; die nächste Synchronisation setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Last sync: sent {pushed}, received {pulled}, photos sent {sent} and received {received}, conflicts to decide {conflicts}, decided automatically {decided}, set aside {aside}, errors {errors}, waiting to be sent {pending}.</source>
        <translation>Letzte Synchronisation: gesendet {pushed}, empfangen {pulled}, Fotos gesendet {sent} und empfangen {received}, zu entscheidende Konflikte {conflicts}, automatisch entschieden {decided}, zurückgestellt {aside}, Fehler {errors}, warten auf Versand {pending}.</translation>
    </message>
</context>
<context>
    <name>SyncPageController</name>
    <message>
        <source>Discard the refused change?</source>
        <translation>Abgelehnte Änderung verwerfen?</translation>
    </message>
    <message>
        <source>Change #{seq} ({fields}) was refused by the central database: {reason}. Discarding it puts the central database&apos;s values back on this laptop. A copy of the change stays in the log.</source>
        <translation>Änderung Nr. {seq} ({fields}) wurde von der zentralen Datenbank abgelehnt: {reason}. Beim Verwerfen werden die Werte der zentralen Datenbank auf diesem Laptop wiederhergestellt. Eine Kopie der Änderung bleibt im Protokoll.</translation>
    </message>
    <message>
        <source>Placed {placed} set-aside record(s); {left} still set aside.</source>
        <translation>{placed} zurückgestellte Datensätze übernommen; {left} weiterhin zurückgestellt.</translation>
    </message>
    <message>
        <source>Forget the set-aside record?</source>
        <translation>Zurückgestellten Datensatz vergessen?</translation>
    </message>
    <message>
        <source>{label} came from the central database but could not be placed on this laptop: {reason}. Forgetting it stops this laptop trying; the record stays in the central database and comes again when it is changed there. A copy stays in the log.</source>
        <translation>{label} kam von der zentralen Datenbank, konnte aber auf diesem Laptop nicht übernommen werden: {reason}. Wenn Sie ihn vergessen, versucht dieser Laptop es nicht mehr; der Datensatz bleibt in der zentralen Datenbank und kommt erneut, sobald er dort geändert wird. Eine Kopie bleibt im Protokoll.</translation>
    </message>
    <message>
        <source>This window has no diary screen to open the day on.</source>
        <translation>Dieses Fenster hat kein Bautagebuch, in dem der Tag geöffnet werden kann.</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat der Organisation</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and your password.</source>
        <translation>Geben Sie die Serveradresse, Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Connected. This laptop now syncs with the central database.</source>
        <translation>Verbunden. Dieser Laptop synchronisiert jetzt mit der zentralen Datenbank.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>New inspection template</source>
        <translation>Neue Prüfvorlage</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>PMO library (every project)</source>
        <translation>PMO-Bibliothek (alle Projekte)</translation>
    </message>
    <message>
        <source>This project only</source>
        <translation>Nur dieses Projekt</translation>
    </message>
    <message>
        <source>Set when the template is created.</source>
        <translation>Wird beim Anlegen der Vorlage festgelegt.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Pass &amp;mark</source>
        <translation>&amp;Bestehensgrenze</translation>
    </message>
    <message>
        <source>&amp;Available to</source>
        <translation>&amp;Verfügbar für</translation>
    </message>
    <message>
        <source>Raise punch items and issues for failed items when an inspection is completed</source>
        <translation>Beim Abschluss einer Prüfung für nicht bestandene Prüfpunkte Mängel und Vorgänge erfassen</translation>
    </message>
    <message>
        <source>Sections and items</source>
        <translation>Abschnitte und Prüfpunkte</translation>
    </message>
    <message>
        <source>+ &amp;Section</source>
        <translation>+ &amp;Abschnitt</translation>
    </message>
    <message>
        <source>+ &amp;Item</source>
        <translation>+ &amp;Prüfpunkt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Strg+Auf)</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Strg+Ab)</translation>
    </message>
    <message>
        <source>Add a section (Ctrl+Shift+Return)</source>
        <translation>Abschnitt hinzufügen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Add an item to this section (Ctrl+Return)</source>
        <translation>Prüfpunkt zu diesem Abschnitt hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>↶ &amp;Undo</source>
        <translation>↶ &amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the outline (Ctrl+Z)</source>
        <translation>Letzte Änderung an der Gliederung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>↷ Re&amp;do</source>
        <translation>↷ &amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Wiederholen (Strg+Umschalt+Z oder Strg+Y)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Section &amp;title</source>
        <translation>Abschnitts&amp;titel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Critical: a failure fails the whole inspection</source>
        <translation>Kritisch: Ein Nichtbestehen lässt die ganze Prüfung durchfallen</translation>
    </message>
    <message>
        <source>Photo required when it fails</source>
        <translation>Foto erforderlich bei Nichtbestehen</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Eine Option pro Zeile</translation>
    </message>
    <message>
        <source>Options that fail the item, one per line</source>
        <translation>Optionen, bei denen der Prüfpunkt nicht besteht, eine pro Zeile</translation>
    </message>
    <message>
        <source>Yes passes</source>
        <translation>Ja besteht</translation>
    </message>
    <message>
        <source>No passes</source>
        <translation>Nein besteht</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>Response t&amp;ype</source>
        <translation>Antwortt&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Gewichtung</translation>
    </message>
    <message>
        <source>On &amp;failure</source>
        <translation>Bei Nic&amp;htbestehen</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>&amp;Sollwert</translation>
    </message>
    <message>
        <source>T&amp;olerance (±)</source>
        <translation>T&amp;oleranz (±)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>E&amp;inheit</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation>O&amp;ptionen</translation>
    </message>
    <message>
        <source>Fai&amp;ling options</source>
        <translation>Durchfa&amp;llende Optionen</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>E&amp;xpected</source>
        <translation>Erwar&amp;tet</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <extracomment>The sections (title, item documents) and the selected (section, item) positions.</extracomment>
        <translation>(Abschnitt ohne Titel)</translation>
    </message>
    <message>
        <source>(no prompt yet)</source>
        <translation>(noch keine Frage)</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Nicht gespeicherte Vorlage</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>Änderungen an dieser Vorlage verwerfen?</translation>
    </message>
</context>
<context>
    <name>TemplateEditorController</name>
    <message>
        <source>Copy of {name}</source>
        <translation>Kopie von {name}</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Prüfpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Prüfpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Abschnitt bearbeiten</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Prüfpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Abschnittstitel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Nichtbestehen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sollwert</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Failing options</source>
        <translation>Durchfallende Optionen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Section &apos;{title}&apos;</source>
        <translation>Abschnitt &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Section &apos;{title}&apos;, item {n}</source>
        <translation>Abschnitt &apos;{title}&apos;, Prüfpunkt {n}</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <source>Create a template (Ctrl+Shift+N)</source>
        <translation>Vorlage anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected template (Enter)</source>
        <translation>Ausgewählte Vorlage bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>New inspection template</source>
        <translation>Neue Prüfvorlage</translation>
    </message>
    <message>
        <source>{count} template(s)</source>
        <translation>{count} Vorlage(n)</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Available to</source>
        <translation>Verfügbar für</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <source>PMO library</source>
        <translation>PMO-Bibliothek</translation>
    </message>
    <message>
        <source>{items} in {sections} section(s)</source>
        <translation>{items} in {sections} Abschnitt(en)</translation>
    </message>
</context>
<context>
    <name>TransferDecision</name>
    <message>
        <source>Approve {number}</source>
        <translation>{number} genehmigen</translation>
    </message>
    <message>
        <source>Reject {number}</source>
        <translation>{number} zurückweisen</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>{number} für ungültig erklären</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Für ungültig erklären</translation>
    </message>
    <message>
        <source>Approving {number} moves {amount} of approved budget.</source>
        <translation>Mit der Genehmigung von {number} werden {amount} genehmigtes Budget umgeschichtet.</translation>
    </message>
    <message>
        <source>Rejecting {number} ({amount}): say why.</source>
        <translation>{number} ({amount}) zurückweisen: Geben Sie den Grund an.</translation>
    </message>
    <message>
        <source>Voiding {number} ({amount}) is final: say why.</source>
        <translation>{number} ({amount}) für ungültig zu erklären ist endgültig: Geben Sie den Grund an.</translation>
    </message>
    <message>
        <source>Approver &amp;name</source>
        <translation>&amp;Name des Genehmigenden</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Edit {number}</source>
        <translation>{number} bearbeiten</translation>
    </message>
    <message>
        <source>New budget transfer</source>
        <translation>Neue Budgetumschichtung</translation>
    </message>
    <message>
        <source>A transfer moves approved budget from one line to another; it counts once approved. Leave the source empty for an owner budget increase, the destination empty for a decrease.</source>
        <translation>Eine Umschichtung verschiebt genehmigtes Budget von einer Position auf eine andere; sie zählt erst nach der Genehmigung. Lassen Sie die Quelle für eine Budgeterhöhung durch den Bauherrn leer, das Ziel für eine Budgetkürzung.</translation>
    </message>
    <message>
        <source>— none (owner budget increase)</source>
        <translation>— keine (Budgeterhöhung durch den Bauherrn)</translation>
    </message>
    <message>
        <source>— none (owner budget decrease)</source>
        <translation>— keine (Budgetkürzung durch den Bauherrn)</translation>
    </message>
    <message>
        <source>&amp;From line</source>
        <translation>&amp;Von Position</translation>
    </message>
    <message>
        <source>&amp;To line</source>
        <translation>&amp;Nach Position</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>B&amp;egründung</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>&amp;New transfer…</source>
        <translation>&amp;Neue Umschichtung…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Zurückweisen…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Ungültig e&amp;rklären…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change a draft transfer&apos;s lines, amount or reason</source>
        <translation>Positionen, Betrag oder Begründung einer Umschichtung im Entwurf ändern</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translation>Zurück zum Ent&amp;wurf</translation>
    </message>
    <message>
        <source>Take a pending or rejected transfer back to draft to change it</source>
        <translation>Eine offene oder zurückgewiesene Umschichtung zum Ändern in den Entwurf zurücksetzen</translation>
    </message>
    <message>
        <source>Select a transfer</source>
        <translation>Wählen Sie eine Umschichtung aus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ereignisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bauherr</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{amount} from {source} to {target} · {status}</source>
        <translation>{amount}: {source} → {target} · {status}</translation>
    </message>
    <message>
        <source>the owner (budget increase)</source>
        <translation>Bauherr (Budgeterhöhung)</translation>
    </message>
    <message>
        <source>the owner (budget decrease)</source>
        <translation>Bauherr (Budgetkürzung)</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begründung: {reason}</translation>
    </message>
    <message>
        <source> · by {name}</source>
        <translation> · von {name}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>Änderungsereignis</translation>
    </message>
    <message>
        <source>Change order request</source>
        <translation>Nachtragsangebot</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Weitergeführt</translation>
    </message>
    <message>
        <source>Owner request</source>
        <translation>Bauherrenwunsch</translation>
    </message>
    <message>
        <source>Design error</source>
        <translation>Planungsfehler</translation>
    </message>
    <message>
        <source>Unforeseen condition</source>
        <translation>Unvorhergesehener Umstand</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Behördliche Auflage</translation>
    </message>
    <message>
        <source>Value engineering</source>
        <translation>Wertoptimierung</translation>
    </message>
    <message>
        <source>Contractor claim</source>
        <translation>Forderung des Auftragnehmers</translation>
    </message>
    <message>
        <source>Schedule acceleration</source>
        <translation>Terminbeschleunigung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Non-conformance (NCR)</source>
        <translation>Abweichung (NCR)</translation>
    </message>
    <message>
        <source>RFI</source>
        <translation>Rückfrage (RFI)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Arbeitssicherheit</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Auftragnehmer</translation>
    </message>
    <message>
        <source>Owner&apos;s rep</source>
        <translation>Bauherrenvertreter</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bauherr</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Leistungsumfang</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>In Minderung</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bauleistungen</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherungen</translation>
    </message>
    <message>
        <source>FF&amp;E</source>
        <translation>Ausstattung (FF&amp;E)</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>PMO</source>
        <translation>PMO</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Bescheinigt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Level of effort</source>
        <translation>Aufwandsvorgang</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammelvorgang</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Nicht festgestellt</translation>
    </message>
    <message>
        <source>Sunny</source>
        <translation>Sonnig</translation>
    </message>
    <message>
        <source>Partly cloudy</source>
        <translation>Teilweise bewölkt</translation>
    </message>
    <message>
        <source>Overcast</source>
        <translation>Bedeckt</translation>
    </message>
    <message>
        <source>Fog</source>
        <translation>Nebel</translation>
    </message>
    <message>
        <source>Drizzle</source>
        <translation>Nieselregen</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>Regen</translation>
    </message>
    <message>
        <source>Heavy rain</source>
        <translation>Starkregen</translation>
    </message>
    <message>
        <source>Thunderstorm</source>
        <translation>Gewitter</translation>
    </message>
    <message>
        <source>Snow</source>
        <translation>Schnee</translation>
    </message>
    <message>
        <source>Sleet</source>
        <translation>Schneeregen</translation>
    </message>
    <message>
        <source>Frost</source>
        <translation>Frost</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Windstill</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Gale</source>
        <translation>Sturm</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Trocken</translation>
    </message>
    <message>
        <source>Damp</source>
        <translation>Feucht</translation>
    </message>
    <message>
        <source>Wet</source>
        <translation>Nass</translation>
    </message>
    <message>
        <source>Muddy</source>
        <translation>Schlammig</translation>
    </message>
    <message>
        <source>Waterlogged</source>
        <translation>Aufgeweicht</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gefroren</translation>
    </message>
    <message>
        <source>Snow covered</source>
        <translation>Schneebedeckt</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Witterung</translation>
    </message>
    <message>
        <source>Late information</source>
        <translation>Verspätete Planunterlagen/Informationen</translation>
    </message>
    <message>
        <source>Design change</source>
        <translation>Planungsänderung</translation>
    </message>
    <message>
        <source>Owner instruction</source>
        <translation>Anordnung des Bauherrn</translation>
    </message>
    <message>
        <source>Contractor resource</source>
        <translation>Kapazität des Auftragnehmers</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Versorger</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Design team</source>
        <translation>Planungsteam</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Nachunternehmer</translation>
    </message>
    <message>
        <source>Utility authority</source>
        <translation>Versorgungsträger</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Zur Abnahme bereit</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Überarbeitet</translation>
    </message>
    <message>
        <source>General contractor</source>
        <translation>Generalunternehmer</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Baustelle</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Geschoss</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
</context>
<context>
    <name>WithholdDialog</name>
    <message>
        <source>Withhold from {number}</source>
        <translation>Einbehalt von {number}</translation>
    </message>
    <message>
        <source>Withheld from this payment until the defects are put right.</source>
        <translation>Von dieser Zahlung einbehalten, bis die Mängel behoben sind.</translation>
    </message>
    <message>
        <source>The evidence suggests {amount} (open non-conformances on claimed lines).</source>
        <translation>Die Nachweise legen {amount} nahe (offene Abweichungen auf abgerechneten Zeilen).</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>B&amp;egründung</translation>
    </message>
</context>
<context>
    <name>self.window_</name>
    <message>
        <source>The database is damaged: read-only</source>
        <translation>Die Datenbank ist beschädigt: nur lesbar</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Welcome to Executrek Field</source>
        <translation>Willkommen bei Executrek Field</translation>
    </message>
    <message>
        <source>There are no projects yet. Load the demo portfolio (a hospital wing, a school and an office fit-out) to look around?</source>
        <translation>Es gibt noch keine Projekte. Demo-Portfolio laden (ein Krankenhausflügel, eine Schule und ein Büroausbau), um sich umzusehen?</translation>
    </message>
    <message>
        <source>Move pin {number}</source>
        <translation>Pin {number} verschieben</translation>
    </message>
</context>
</TS>
