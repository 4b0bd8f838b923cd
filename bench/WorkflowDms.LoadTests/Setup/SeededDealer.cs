namespace WorkflowDms.LoadTests.Setup;

/// <summary>A dealer created for the load test, with its org node and its API key.</summary>
internal sealed record SeededDealer(string Code, Guid OrgNodeId, string ApiKey);
