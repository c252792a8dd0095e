using FoiDsl.Hosting;

// The command-line tool of this project's responses (docs/hosting.md): render (the default) writes
// Markdown, HTML, plain text and Word, the disclosure log and the statistics; list, check, log, stats.
//   dotnet run --project samples/ScottishPoliceFoisa -- [render] [--out <folder>]
// Exit codes: 0 done, 1 a response is incomplete, 2 wrong command line, 3 output folder or file cannot be written.
return ResponseHost.Run(args, "ScottishPoliceFoisa", FoiDsl.Generated.FoiResponses.All);
