using System;

namespace FoiDsl;

/// <summary>
/// Marks the method that writes the response to a request: <c>public static FoiResponse Write()</c>
/// in any class. The generator lists every such method of the assembly in
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

    /// <summary>The request, as received: reference, dates, questions — known without writing the response.</summary>
    public FoiRequestDefinition Request { get; }

    /// <summary>Writes (builds) the response; throws <see cref="IncompleteResponseException"/> when it is incomplete.</summary>
    public Func<FoiResponse> Write { get; }
}
