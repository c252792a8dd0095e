using FoiDsl.Hosting;
using FoiDsl.Pdf;

// The command-line tool of a quarter's responses (docs/hosting.md): render (the default) writes
// every response in every format (PDF too when Chromium is installed: FoiDsl.Pdf), the letters as sent
// into letters/, the disclosure log and the statistics; list, check, log, stats.
//   dotnet run --project samples/CouncilQuarter -- [render] [--out <folder>]
//   dotnet run --project samples/CouncilQuarter -- stats --from 2024-07-01 --to 2024-09-30
// Exit codes: 0 done, 1 a response is incomplete, 2 wrong command line, 3 output folder or file cannot be written,
// 4 a format could not write a file (PDF asked for with --format pdf and no browser, or the browser failed).
return ResponseHost.Run(args, "CouncilQuarter", FoiDsl.Generated.FoiResponses.All, PdfFormat.Create);
