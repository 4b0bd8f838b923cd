using System.Text.Json.Nodes;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>A path, query or header parameter of an operation.</summary>
internal sealed record ApiParameter(string Name, string In, JsonNode? Schema);
