using WorkflowDms.Application.Designer.Forms;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>Task forms for the inbox: the latest published form-js schema of a <c>camunda:formKey</c>.</summary>
internal sealed class FormEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGroup("/forms").WithTags("Forms").RequireAuthorization(Policies.Staff)
            .MapGet("/{formKey}", GetAsync)
            .WithSummary("The latest published form-js schema for a task's form key (the inbox renders it)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(404);
    }

    private static async Task<IResult> GetAsync(string formKey, HttpContext http, FormDesignerService service, CancellationToken ct) =>
        Results.Content(await service.LatestSchemaAsync(http.Actor(), formKey, ct), "application/json");
}
