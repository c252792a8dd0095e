using System;

namespace FoiDsl.Hosting;

/// <summary>
/// An ordinary mistake in where or what to write (a folder that is a file, no permission, a
/// reference that cannot name a file, a symbolic link in the way). The message is one line that
/// names what is wrong and where; hosts print it without a stack trace.
/// </summary>
public sealed class OutputFolderException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public OutputFolderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the system error behind it.</summary>
    public OutputFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
