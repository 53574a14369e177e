"""Press briefs: one to two pages on a region, a period and its events, in DOCX, PDF,
Markdown or HTML. `model` works out what the brief says; `render_*` lay it out; `images`
draws the screen's charts as static pictures."""
