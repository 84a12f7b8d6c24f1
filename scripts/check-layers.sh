#!/usr/bin/env bash
# The layering rules of DESIGN.md that SwiftPM cannot check: its explicit-import check accepts any target reachable
# through a declared one, so ReservationsTUI could import PartnerCenter through ReservationsCore and still build.
# Each rule names a target folder and the modules its files must not import. Run by `make build` and `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

# target folder | modules it must not import | why
rules=(
  "Sources/ReservationsTUI|PartnerCenter PartnerCenterSandbox TerminalUICurses CNcurses|screens render ReservationsCore's rows, never wire types, and draw into a Canvas, never curses"
  "Sources/TerminalUI|PartnerCenter PartnerCenterSandbox ReservationsCore ReservationsTUI TerminalUICurses CNcurses|the toolkit knows no Partner Center and no curses"
  "Sources/ReservationsCore|ReservationsTUI TerminalUI TerminalUICurses CNcurses PartnerCenterSandbox|the workflow knows no terminal and no sandbox"
  "Sources/PartnerCenter|ReservationsCore ReservationsTUI TerminalUI TerminalUICurses CNcurses PartnerCenterSandbox|the client knows nothing above it"
  "Sources/Vocabulary|PartnerCenter ReservationsCore ReservationsTUI TerminalUI TerminalUICurses CNcurses PartnerCenterSandbox Foundation|shared values: no wire documents, no I/O"
)

# The screens' modules (Sources/<Name>Feature) and what they share (Sources/ScreenKit): none knows the app, wire types or
# curses, and ScreenKit knows no screen. Which screen's module may import which is Package.swift's dependency list
# (the edges in docs/ARCHITECTURE.md), which the explicit-import check enforces.
features=$(cd Sources && ls -d *Feature | tr '\n' ' ')
for folder in Sources/*Feature; do
  rules+=("$folder|PartnerCenter PartnerCenterSandbox ReservationsTUI TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens, never the app, wire types or curses")
done
rules+=("Sources/ScreenKit|PartnerCenter PartnerCenterSandbox ReservationsTUI TerminalUICurses CNcurses $features|what the screens share knows no screen, no app, no wire types and no curses")

failed=0
# Prints the Swift lines under `folder` that match `pattern`, after `message`, and fails the run.
refuse() {
  local pattern=$1 folder=$2 message=$3 hits
  if hits=$(grep -rnE "$pattern" "$folder" --include='*.swift'); then
    printf '%s:\n%s\n' "$message" "$hits" >&2
    failed=1
  fi
}

for rule in "${rules[@]}"; do
  IFS='|' read -r folder forbidden why <<< "$rule"
  for module in $forbidden; do
    # `import X`, `@_exported import X`, `@testable import X`, `import struct X.Y`…
    refuse "^[[:space:]]*(@[A-Za-z_]+[[:space:]]+)*import[[:space:]]+([a-z]+[[:space:]]+)?${module}(\.|[[:space:]]*$)" "$folder" \
      "Layer rule broken: $folder must not import $module ($why)"
  done
done
# The app's part of each screen (ReservationsTUI/Panes/<Name>: how the app hosts and composes the screen's module, and
# the renewal the reservations and the expiry board share) reads another screen's state only along the edges the
# modules have (docs/ARCHITECTURE.md). The lists (customers, subscriptions) and the SKU names are every screen's
# context. Folder | accessors it may read.
screen_state="catalog|orders|reservations|billing|expiryBoard|cart"
screen_rules=(
  "Catalog|catalog cart"
  "Cart|cart"
  "Orders|orders"
  "Reservations|reservations cart"
  "Billing|billing"
  "Expiry|expiryBoard"
  "Customers|"
  "Subscriptions|"
)
for rule in "${screen_rules[@]}"; do
  IFS='|' read -r folder allowed <<< "$rule"
  for accessor in ${screen_state//|/ }; do
    [[ " $allowed " == *" $accessor "* ]] && continue
    refuse "state\.${accessor}\b" "Sources/ReservationsTUI/Panes/$folder" \
      "Screen rule broken: Panes/$folder must not read state.$accessor (another screen's state; ask that screen)"
  done
done
exit $failed
