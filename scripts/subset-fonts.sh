#!/usr/bin/env bash
# Rebuilds resources/fonts from Debian's Noto packages (fonts-noto-core, fonts-noto-cjk) with
# fontTools (python3-fonttools). Only needed when the font set changes; the output is committed.
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
ls -l "$out"
