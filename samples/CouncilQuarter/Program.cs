using FoiDsl.Hosting;

// The command-line tool of a quarter's responses (docs/hosting.md): render (the default) writes
// every response in every format, the disclosure log and the statistics; list, check, log, stats.
//   dotnet run --project samples/CouncilQuarter -- [render] [--out <folder>]
//   dotnet run --project samples/CouncilQuarter -- stats --from 2024-07-01 --to 2024-09-30
// Exit codes: 0 done, 1 a response is incomplete, 2 wrong command line, 3 output folder or file cannot be written.
return ResponseHost.Run(args, "CouncilQuarter", FoiDsl.Generated.FoiResponses.All);
