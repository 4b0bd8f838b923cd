namespace WorkflowDms.Application.Exports;

/// <summary>A formatted export, ready to download.</summary>
public sealed record ExportFile(string ContentType, string FileName, byte[] Content, int RowCount);
