namespace WorkflowDms.Application.Recalls;

public sealed record RecallImportRejectionView(int Line, string Vin, string Reason);
