using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WorkflowDms.Host.Extensions;

/// <summary>Titles the OpenAPI document and declares the two ways to authenticate.</summary>
internal sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "WorkflowDms API",
            Version = "v1",
            Description = "Warranty claims, task inbox and audit trail of the dealer network. Dealers authenticate with X-Api-Key; staff with a bearer token from POST /api/v1/auth/login.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "Dealer API key",
        };
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Staff access token from POST /api/v1/auth/login",
        };
        return Task.CompletedTask;
    }
}
