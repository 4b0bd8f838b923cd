namespace WorkflowDms.Application.Dealers;

/// <summary>The dealer behind a valid API key.</summary>
public sealed record AuthenticatedDealer(Guid DealerId, string DealerCode, string OrgPath);
