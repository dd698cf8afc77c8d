/// The page's style sheet: A4 print layout (`@page`, page breaks before each hand, figures and
/// tables kept whole) and the classes the SVG charts use. Colours are opaque and print in colour
/// (`print-color-adjust: exact`); fonts are the system's sans-serif, nothing is downloaded.
enum ReportStyle {
    static let css = """
        @page { size: A4; margin: 14mm 13mm 16mm 13mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #ffffff; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Helvetica, Arial, sans-serif; font-size: 9.5pt;
          line-height: 1.35; color: #1b1b1b; background: #ffffff; max-width: 184mm; margin: 0 auto; padding: 8mm 0 10mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9pt; }
          table.rom td, table.rom th { padding-top: 0.2mm; padding-bottom: 0.2mm; }
          table.method td { font-size: 8pt; padding-top: 0.3mm; padding-bottom: 0.3mm; }
          h2 { margin-top: 4mm; }
        }
        h1 { font-size: 16pt; margin: 0 0 1mm; }
        h2 { font-size: 12.5pt; margin: 6mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 1.2px solid #8a8a8a; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
        p { margin: 1mm 0 2mm; }
        .subtitle { color: #444444; margin: 0 0 3mm; }
        table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; break-inside: auto; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { text-align: left; padding: 0.7mm 2mm; border-bottom: 0.8px solid #d4d4d4; vertical-align: middle; }
        th { font-weight: bold; background: #f1f1f1; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.trend td { white-space: nowrap; }
        table.trend td, table.trend th { padding-left: 1.2mm; padding-right: 1.2mm; }
        table.identifiers td { border: none; padding: 0.4mm 2mm 0.4mm 0; }
        table.identifiers td.key { color: #555555; width: 24mm; white-space: nowrap; }
        figure { margin: 2mm 0 3mm; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 8pt; color: #444444; margin-top: 0.8mm; }
        svg.plot { display: block; width: 100%; height: auto; }
        svg.rom-bar { display: block; width: 36mm; height: auto; }
        section { margin: 0; }
        .keep { break-inside: avoid; page-break-inside: avoid; }
        section.hand { break-before: page; page-break-before: always; }
        section.closing { break-before: page; page-break-before: always; }
        .verdict { border: 2px solid #555555; border-radius: 2mm; padding: 2mm 3mm; margin: 3mm 0; break-inside: avoid; }
        .verdict h2 { border: none; margin: 0 0 1mm; padding: 0; }
        .verdict.good { border-color: #2e7d32; background: #eef7ee; }
        .verdict.usable { border-color: #b36b00; background: #fff4df; }
        .verdict.poor { border-color: #b71c1c; background: #fdeaea; }
        .verdict ul { margin: 1mm 0 0; padding-left: 5mm; }
        .severity { font-weight: bold; text-transform: uppercase; font-size: 8pt; }
        .severity.critical { color: #b71c1c; } .severity.warning { color: #8a5200; } .severity.info { color: #555555; }
        .muted { color: #666666; }
        .disclaimer { border-left: 4px solid #1f5fa8; background: #eef3fa; padding: 2mm 3mm; margin: 3mm 0; font-weight: bold; break-inside: avoid; }
        ul.reasons { margin: 1mm 0; padding-left: 5mm; font-size: 8.5pt; }
        code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; }
        .plot-area { fill: #ffffff; }
        .band { fill: #fde6c4; }
        .band-label { font-size: 10px; fill: #8a5200; }
        .grid { stroke: #e2e2e2; stroke-width: 0.7; }
        .axis { stroke: #333333; stroke-width: 1; }
        .tick-label { font-size: 10px; fill: #333333; }
        .axis-title { font-size: 11px; fill: #222222; }
        .curve { fill: none; stroke: #1f5fa8; stroke-width: 1.8; stroke-linejoin: round; }
        .peak { fill: #c62828; stroke: #ffffff; stroke-width: 1; }
        .peak-line { stroke: #c62828; stroke-width: 1; stroke-dasharray: 3 3; }
        .peak-label { font-size: 11.5px; font-weight: bold; fill: #c62828; }
        .trace { fill: none; stroke: #1f5fa8; stroke-width: 0.9; stroke-linejoin: round; }
        .excluded { fill: #e6e6e6; }
        .excluded-label { font-size: 9px; fill: #555555; }
        .amplitude-line { stroke: #c62828; stroke-width: 1; stroke-dasharray: 5 3; }
        .amplitude-label { font-size: 10px; fill: #c62828; }
        .row-label { font-size: 11px; fill: #222222; }
        .row-value { font-size: 11px; font-weight: bold; fill: #222222; }
        .muted-label { font-size: 10px; fill: #777777; font-style: italic; }
        .asymmetry-track { fill: #f0f0f0; }
        .asymmetry-right { fill: #1f5fa8; }
        .asymmetry-left { fill: #7b3fa0; }
        .rom-axis { fill: #bbbbbb; }
        .rom-normal { fill: #d5e8cf; }
        .rom-measured { fill: #1f5fa8; }
        .series-line { fill: none; stroke-width: 1.4; }
        .series-left { stroke: #7b3fa0; } .series-right { stroke: #1f5fa8; }
        .marker-left { fill: #7b3fa0; } .marker-right { fill: #1f5fa8; }
        .hollow { fill: #ffffff; stroke-width: 1.4; }
        .marker-left.hollow { stroke: #7b3fa0; } .marker-right.hollow { stroke: #1f5fa8; }
        .current-ring { fill: none; stroke: #c62828; stroke-width: 1.6; }
        .legend { font-size: 10px; fill: #222222; }
        """
}
