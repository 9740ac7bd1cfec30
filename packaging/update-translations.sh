#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them for the app.
#   bash packaging/update-translations.sh
# Strings are marked with journeymapper.i18n.tr("context", "text") (QCoreApplication.translate).
# Plurals, trn("context", "%n thing(s)", None, n), are kept by hand in
# journeymapper_plurals_LANG.ts (lupdate's Python reader does not see plural forms) and
# compiled into the same .qm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=${JOURNEYMAPPER_VENV:-.venv}
mkdir -p resources/translations
mapfile -t sources < <(find journeymapper -name '*.py' | sort)
for lang in it; do
  "$VENV/bin/pyside6-lupdate" -tr-function-alias translate+=tr -no-obsolete \
    "${sources[@]}" -ts "resources/translations/journeymapper_${lang}.ts"
  "$VENV/bin/pyside6-lrelease" "resources/translations/journeymapper_${lang}.ts" \
    "resources/translations/journeymapper_plurals_${lang}.ts" \
    -qm "resources/translations/journeymapper_${lang}.qm"
  # Qt's own strings: a copy of PySide6's qtbase translation for bundles that lack it,
  # and the few strings it misses (resources/translations/qtbase_extra_LANG.ts)
  qt_translations=$("$VENV/bin/python" -c \
    'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.TranslationsPath))')
  cp "$qt_translations/qtbase_${lang}.qm" resources/translations/
  "$VENV/bin/pyside6-lrelease" "resources/translations/qtbase_extra_${lang}.ts" \
    -qm "resources/translations/qtbase_extra_${lang}.qm"
done
