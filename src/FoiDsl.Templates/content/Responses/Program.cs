using FoiDsl.Hosting;
using ResponsesProject;

// Renders every response as Markdown, HTML and plain text.
//   dotnet run -- [--out <folder>]
// Exit codes: 0 written, 1 response incomplete, 2 wrong command line, 3 output folder or file cannot be written.
// Add a request with: dotnet new foidsl-request -n MyRequest, then list MyRequestResponse.Write() here.
return ResponseHost.Run(args, "ResponsesProject", () => [DroneUseResponse.Write()]);
