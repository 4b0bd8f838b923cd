namespace WorkflowDms.Host.Endpoints;

/// <summary>Body of POST /api/v1/auth/login.</summary>
internal sealed record LoginRequest(string? Email, string? Password);
