using System.Text.Json.Nodes;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>One route and method of the OpenAPI document, with its parameters and JSON body schema (resolved lazily).</summary>
internal sealed record ApiOperation(string Method, string PathTemplate, IReadOnlyList<ApiParameter> Parameters, JsonNode? BodySchema)
{
    public override string ToString() => $"{Method} {PathTemplate}";

    /// <summary>Every operation of the document, in document order.</summary>
    public static IReadOnlyList<ApiOperation> ReadAll(JsonObject document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is not ("get" or "post" or "put" or "delete" or "patch"))
                {
                    continue;
                }

                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"]))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, body));
            }
        }

        return operations;
    }
}
