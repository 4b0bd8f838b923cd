namespace WorkflowDms.Application.Admin;

/// <summary>A newly issued key: <see cref="Key"/> is shown this once; only its hash is stored.</summary>
public sealed record IssuedApiKeyView(ApiKeyView Metadata, string Key);
