using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowDms.Host.Endpoints;

/// <summary>Request and response shapes shared by the designer's endpoints.</summary>
internal static class DesignerBodies
{
    /// <summary>A body that may be left out entirely (publish's optional comment).</summary>
    public static async Task<T?> OptionalAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any())
        {
            return null;
        }

        return (await JsonBody.ReadAsync<T>(request, cancellationToken)).Value;
    }

    /// <summary>422: the draft is not publishable; the problems as the designer shows them, and as validation errors.</summary>
    public static ProblemHttpResult NotPublishable(string detail, object problems, IEnumerable<string> messages, string field) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The draft cannot be published",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = problems,
                ["errors"] = new Dictionary<string, string[]> { [field] = messages.ToArray() },
            });
}
