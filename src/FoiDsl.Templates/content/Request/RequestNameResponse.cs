using FoiDsl;

namespace RequestNamespace
{
    /// <summary>The response to <see cref="RequestName"/>.</summary>
    public static class RequestNameResponse
    {
        /// <summary>Writes the response; <c>Build()</c> refuses it while a placeholder is left (FOI0018).</summary>
        /// <returns>The finished response.</returns>
        [ResponseTo(typeof(RequestName))]
        public static FoiResponse Write()
        {
            return RequestName.Respond()
                .FirstQuestion(Answer.ToBeWritten("the answer to question 1"))
                .Build();
        }
    }
}
