#!/usr/bin/env bash
# Rebuilds resources/fonts from Debian's Noto packages (fonts-noto-core: Noto Sans, Noto Sans Math,
# Noto Sans Symbols 2; fonts-noto-cjk) with fontTools (python3-fonttools). Only needed when the
# font set changes; the output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=resources/fonts
subset=(/usr/bin/python3 -m fontTools.subset --no-hinting --name-IDs='*')

# Latin with its extensions, Greek, Cyrillic, Vietnamese, punctuation, currency and common symbols.
latin='20-7E,A0-24F,250-36F,370-3FF,400-52F,1E00-1FFF,2000-206F,2070-209F,20A0-20CF,2100-218F,2190-21FF,2200-22FF,2460-24FF,25A0-25FF,2600-27BF,FB00-FB06,FEFF,FFFD'
for style in Regular Bold Italic BoldItalic; do
  "${subset[@]}" "/usr/share/fonts/truetype/noto/NotoSans-$style.ttf" --unicodes="$latin" \
    --layout-features='*' --output-file="$out/NotoSans-$style.ttf"
done

# The ideographs, kana and hangul of the national sets names are written in (GB 2312,
# JIS X 0208, KS X 1001), from the Simplified Chinese face of the collection (index 2).
codes=$(mktemp)
/usr/bin/python3 - >"$codes" <<'PY'
def decoded(codec, lead, trail):
    found = set()
    for a in lead:
        for b in trail:
            try:
                s = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(s) == 1:
                found.add(ord(s))
    return found
points = decoded('gb2312', range(0xA1, 0xF8), range(0xA1, 0xFF))
points |= decoded('euc_jp', range(0xA1, 0xF5), range(0xA1, 0xFF))
points |= decoded('euc_kr', range(0xA1, 0xFE), range(0xA1, 0xFF))
points = {p for p in points if p >= 0x2E80} | set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0))
print('\n'.join('%04X' % p for p in sorted(points)))
PY
"${subset[@]}" /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
  --unicodes-file="$codes" --layout-features='' --output-file="$out/NotoSansCJKsc-Regular-names.otf"
rm -f "$codes"

# Symbols Noto Sans lacks (it has no arrows, no math operators, no check marks or stars), from
# two fallback faces: Noto Sans Math for arrows and mathematical symbols, Noto Sans Symbols 2
# for technical symbols, geometric shapes, dingbats and stars. Only what a face actually has
# and no earlier face does, so no glyph is stored twice: Noto Sans first, then Math, then
# Symbols 2 (geometric shapes are left to Symbols 2, so they all match each other). Both have
# one weight, which bold and italic text uses too. The MATH table is of no use to a PDF.
math_codes=$(mktemp)
symbols_codes=$(mktemp)
/usr/bin/python3 - "$out" "$math_codes" "$symbols_codes" <<'PY'
import sys
from fontTools.ttLib import TTFont
out, math_file, symbols_file = sys.argv[1:]
noto = '/usr/share/fonts/truetype/noto/'
def cmap(path):
    return set(TTFont(path).getBestCmap())
def ranges(spec):
    points = set()
    for part in spec.split(','):
        first, _, last = part.partition('-')
        points |= set(range(int(first, 16), int(last or first, 16) + 1))
    return points
latin = set.intersection(*(cmap(f'{out}/NotoSans-{s}.ttf') for s in ('Regular', 'Bold', 'Italic', 'BoldItalic')))
# Arrows, mathematical operators, floor and ceiling, brackets and long arrows, more arrows,
# other mathematical symbols, slanted <= and >=, arrows of Miscellaneous Symbols and Arrows.
math = cmap(noto + 'NotoSansMath-Regular.ttf') & ranges('2190-22FF,2300-2321,27C0-27FF,2900-29FF,2A7D-2A7E,2B00-2BFF')
# Arrows, technical symbols (such as the command key), geometric shapes, miscellaneous
# symbols, dingbats (check marks, crosses, stars), Miscellaneous Symbols and Arrows.
symbols = cmap(noto + 'NotoSansSymbols2-Regular.ttf') & ranges('2190-21FF,2300-23FF,25A0-27BF,2B00-2BFF')
math -= latin
symbols -= latin | math
for path, points in ((math_file, math), (symbols_file, symbols)):
    with open(path, 'w') as f:
        f.write('\n'.join('%04X' % p for p in sorted(points)))
PY
"${subset[@]}" /usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf --unicodes-file="$math_codes" \
  --layout-features='' --drop-tables+=MATH --output-file="$out/NotoSansMath-Regular-symbols.ttf"
"${subset[@]}" /usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf --unicodes-file="$symbols_codes" \
  --layout-features='' --output-file="$out/NotoSansSymbols2-Regular-symbols.ttf"
rm -f "$math_codes" "$symbols_codes"

# Scripts names are written in that none of the faces above has: Hebrew and Arabic (drawn
# right to left), Devanagari and Thai. Each keeps its layout features: Arabic letters join
# and Devanagari forms conjuncts only through them. Devanagari keeps the joiners and the
# dotted circle its shaping inserts. Regular weight only, like the other fallbacks.
script_face() {
  "${subset[@]}" "/usr/share/fonts/truetype/noto/NotoSans$1-Regular.ttf" --unicodes="$2" \
    --layout-features='*' --output-file="$out/NotoSans$1-Regular-names.ttf"
}
script_face Hebrew '0590-05FF,FB1D-FB4F'
script_face Arabic '0600-06FF,0750-077F,08A0-08FF,FB50-FDFF,FE70-FEFE'
script_face Devanagari '0900-097F,A8E0-A8FF,1CD0-1CFF,200C-200D,25CC'
script_face Thai '0E00-0E7F'
ls -l "$out"
