namespace WorkflowDms.Host.Tests.Platform;

/// <summary>One POST the test receiver got.</summary>
internal sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body);
