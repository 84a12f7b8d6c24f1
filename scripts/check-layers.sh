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
  "Sources/ScreenKit|PartnerCenter PartnerCenterSandbox ReservationsTUI OrdersFeature BillingFeature CartFeature ReservationsFeature ExpiryFeature CatalogFeature SubscriptionsFeature CustomersFeature TerminalUICurses CNcurses|what the screens share knows no screen, no app, no wire types and no curses"
  "Sources/OrdersFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI BillingFeature CartFeature ReservationsFeature ExpiryFeature CatalogFeature SubscriptionsFeature CustomersFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/CartFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI BillingFeature ReservationsFeature ExpiryFeature CatalogFeature SubscriptionsFeature CustomersFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/ReservationsFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI BillingFeature ExpiryFeature CatalogFeature SubscriptionsFeature CustomersFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/ExpiryFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI BillingFeature CatalogFeature SubscriptionsFeature CustomersFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/CatalogFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI BillingFeature ReservationsFeature ExpiryFeature SubscriptionsFeature CustomersFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/SubscriptionsFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI OrdersFeature CartFeature BillingFeature ReservationsFeature ExpiryFeature CatalogFeature CustomersFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/CustomersFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI OrdersFeature CartFeature BillingFeature ReservationsFeature ExpiryFeature CatalogFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/BillingFeature|PartnerCenter PartnerCenterSandbox ReservationsTUI CartFeature ReservationsFeature ExpiryFeature CatalogFeature SubscriptionsFeature CustomersFeature TerminalUICurses CNcurses|a screen's module knows ScreenKit, the core and the screens it opens (ARCHITECTURE.md), never the app, wire types or curses"
  "Sources/Vocabulary|PartnerCenter ReservationsCore ReservationsTUI TerminalUI TerminalUICurses CNcurses PartnerCenterSandbox Foundation|shared values: no wire documents, no I/O"
)

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
# The body screens (ReservationsTUI/Panes/<Name>) depend on each other in one direction only, the step before a
# module each (docs/ARCHITECTURE.md, "Where this is going"): a screen reads another's state only along these edges.
# The lists (customers, subscriptions) and the SKU names are every screen's context. Folder | accessors it may read.
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
