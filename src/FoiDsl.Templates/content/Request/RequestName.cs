using FoiDsl;

namespace RequestNamespace
{
    /// <summary>The request as received: one constant per question, in the requester's words and numbering.</summary>
    [FoiRequest("REQUEST_REFERENCE", Authority = "REQUEST_AUTHORITY", Received = "REQUEST_RECEIVED")]
    public static partial class RequestName
    {
        /// <summary>Question 1.</summary>
        [Question(1)]
        public const string FirstQuestion = "[to be written: question 1 as the requester wrote it]";
    }
}
