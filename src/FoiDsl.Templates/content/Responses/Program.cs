using FoiDsl.Hosting;

// The command-line tool of this project's responses: render (the default) writes every response as
// Markdown, HTML, plain text and Word, with the disclosure log and the statistics; list, check, log, stats.
//   dotnet run -- [render] [--out <folder>]
// Exit codes: 0 done, 1 a response is incomplete, 2 wrong command line, 3 output folder or file cannot be written.
// Every method marked [ResponseTo(typeof(Request))] is listed in FoiResponses.All by the generator.
// Add a request with: dotnet new foidsl-request -n MyRequest
return ResponseHost.Run(args, "ResponsesProject", FoiDsl.Generated.FoiResponses.All);
