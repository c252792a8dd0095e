using System;

namespace FoiDsl;

/// <summary>
/// Marks the method that writes the response to a request: <c>public static FoiResponse Write()</c>
/// in any class, or <c>public static ResponseLetter Write()</c> for the letter as sent (the response
/// addressed to its applicant and signed; a host publishes the response alone and keeps the letter apart). The generator lists every such method of the assembly in
/// <c>FoiDsl.Generated.FoiResponses.All</c>, so a host finds every response without a hand-written
/// list or a reflection scan. Rule FOI0036 reports a method that cannot be listed.
/// </summary>
/// <example>
/// <code>
/// public static class SocialMediaMonitoringResponse
/// {
///     [ResponseTo(typeof(SocialMediaMonitoring))]
///     public static FoiResponse Write() => SocialMediaMonitoring.Respond()...Build();
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class ResponseToAttribute : Attribute
{
    /// <summary>Marks the response to <paramref name="request"/>, a <c>[FoiRequest]</c> class.</summary>
    public ResponseToAttribute(Type request)
    {
        Request = request;
    }

    /// <summary>The request class answered.</summary>
    public Type Request { get; }
}

/// <summary>One response the generated registry lists: its request, and the method that writes it.</summary>
public sealed class RegisteredResponse
{
    /// <summary>Lists the response written by <paramref name="write"/> to <paramref name="request"/>.</summary>
    public RegisteredResponse(FoiRequestDefinition request, Func<FoiResponse> write)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Write = write ?? throw new ArgumentNullException(nameof(write));
    }

    /// <summary>
    /// Lists the letter written by <paramref name="writeLetter"/> to <paramref name="request"/>: the response
    /// addressed to its applicant. <see cref="Write"/> gives its published copy, <see cref="WriteLetter"/> the letter.
    /// </summary>
    public RegisteredResponse(FoiRequestDefinition request, Func<ResponseLetter> writeLetter)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        WriteLetter = writeLetter ?? throw new ArgumentNullException(nameof(writeLetter));
        Write = () => writeLetter().PublishedCopy;
    }

    /// <summary>The request, as received: reference, dates, questions — known without writing the response.</summary>
    public FoiRequestDefinition Request { get; }

    /// <summary>
    /// Writes (builds) the response; throws <see cref="IncompleteResponseException"/> when it is incomplete.
    /// For a letter, the response alone (<see cref="ResponseLetter.PublishedCopy"/>): never the applicant.
    /// </summary>
    public Func<FoiResponse> Write { get; }

    /// <summary>Writes the letter as sent (the response addressed to its applicant), or null when the method returns the response alone.</summary>
    public Func<ResponseLetter>? WriteLetter { get; }
}
