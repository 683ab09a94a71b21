// Turns a request body that cannot be read (malformed JSON, a number where text belongs) into a 400 ValidationProblem naming the field.
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CareDesk.Api;

/// <summary>Maps <see cref="BadHttpRequestException"/> to a 400 ProblemDetails whose <c>errors</c> key is the offending JSON field.</summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var field = bad.InnerException is JsonException { Path: { Length: > 2 } path } ? path.TrimStart('$', '.') : "body";
        var reason = bad.InnerException is JsonException json
            ? $"The request body is not valid JSON for this endpoint: {json.Message}"
            : bad.Message;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
            {
                Status = bad.StatusCode,
                Title = "The request could not be read",
            },
            Exception = exception,
        });
    }
}
