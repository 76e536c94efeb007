#!/usr/bin/env python3
"""Makes the fonts brief draws with: Debian's Inter (fonts-inter, CFF outlines) with TrueType outlines.

Cairo 1.16 subsets a CFF font for every page by parsing the whole font and interpreting its
charstrings; a TrueType font's glyphs are copied as they are. The same page from TrueType faces
costs 15% fewer instructions (callgrind), and its PDF is about 10% smaller. The outlines are the
same curves, converted to quadratic splines within 1 font unit (1/2816 em, under 0.01 pt at the
page's largest size, 22 pt); metrics, kerning and every OpenType feature are kept as they are.

The glyphs are also renumbered: every glyph with a Unicode code in the Basic Multilingual Plane
first, in code order, then the rest as Inter has them. For each glyph new to a page, Cairo 1.16
finds its character by scanning the font's format 4 cmap from the start (two linear passes); in
Inter's order most letters sat in the second pass, which cost 4% of a page (callgrind). In code
order printable ASCII is one run of glyphs, found in the first few segments. The outlines, metrics
and kerning are the same, so pages draw pixel for pixel as before.

Usage: scripts/fonts.py [SOURCE_DIR [TARGET_DIR]]   (defaults: /usr/share/fonts/opentype/inter,
Templates/fonts). Writes each face to a temporary name and renames it. Does nothing when every
face is newer than its source and was made by this script with this fontTools (a stamp file
beside the faces says which). Needs fontTools (scripts/setup.sh installs it, pinned).
"""
import hashlib
import os
import sys
import tempfile

try:
    import fontTools
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.reorderGlyphs import reorderGlyphs
except ImportError:
    sys.exit("fonts.py: fontTools is missing; expected it from PyPI (scripts/setup.sh installs fonttools)")

# Every weight the theme uses, upright and italic, and Bold: fontconfig never has to fake one.
FACES = ["Regular", "Italic", "Medium", "MediumItalic", "SemiBold", "SemiBoldItalic", "Bold", "BoldItalic"]
MAX_ERROR = 1.0  # font units


def convert(source, target):
    font = TTFont(source, recalcTimestamp=False)  # the source's dates, so the bytes are the same on every machine
    if "CFF " not in font:
        sys.exit(f"fonts.py: {source}: no 'CFF ' table; expected Inter's OpenType CFF face from fonts-inter")
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF contours run counter-clockwise, TrueType's clockwise.
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones, maxp.maxTwilightPoints, maxp.maxStorage = 1, 0, 0
    maxp.maxFunctionDefs, maxp.maxInstructionDefs, maxp.maxStackElements, maxp.maxSizeOfInstructions = 0, 0, 0, 0
    maxp.maxComponentElements = max(len(getattr(g, "components", [])) for g in glyf.glyphs.values())
    font["maxp"] = maxp
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    del font["CFF "]
    cmap = font.getBestCmap()
    encoded = list(dict.fromkeys(cmap[code] for code in sorted(cmap) if code <= 0xFFFF and cmap[code] != ".notdef"))
    first = set(encoded)
    rest = [name for name in order if name != ".notdef" and name not in first]
    reorderGlyphs(font, [".notdef"] + encoded + rest)
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"
    fd, temporary = tempfile.mkstemp(prefix=".", suffix=".ttf", dir=os.path.dirname(target))
    os.close(fd)
    try:
        font.save(temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def main():
    source_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/inter"
    target_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "Templates", "fonts")
    os.makedirs(target_dir, exist_ok=True)
    with open(__file__, "rb") as f:
        maker = f"fontTools {fontTools.version}, fonts.py {hashlib.sha256(f.read()).hexdigest()[:16]}\n"
    stamp = os.path.join(target_dir, "made-by")
    same_maker = os.path.isfile(stamp) and open(stamp).read() == maker
    made = []
    for face in FACES:
        source = os.path.join(source_dir, f"Inter-{face}.otf")
        target = os.path.join(target_dir, f"Inter-{face}.ttf")
        if not os.path.isfile(source):
            sys.exit(f"fonts.py: {source} is missing; expected Debian's fonts-inter (scripts/setup.sh installs it)")
        if same_maker and os.path.isfile(target) and os.path.getmtime(target) >= os.path.getmtime(source):
            continue
        convert(source, target)
        made.append(face)
    if not same_maker:
        with open(stamp, "w") as f:
            f.write(maker)
    if made:
        print(f"Made Inter with TrueType outlines in {os.path.normpath(target_dir)}: {', '.join(made)}", file=sys.stderr)


if __name__ == "__main__":
    main()
