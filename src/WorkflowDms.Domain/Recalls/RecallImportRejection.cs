namespace WorkflowDms.Domain.Recalls;

/// <summary>One line of an import that was not accepted, with the reason (reported per line, never fatal).</summary>
public class RecallImportRejection
{
    private RecallImportRejection()
    {
        Value = "";
        Reason = "";
    }

    public RecallImportRejection(Guid id, Guid importId, int lineNumber, string value, string reason)
    {
        Id = id;
        ImportId = importId;
        LineNumber = lineNumber;
        Value = value.Length > 64 ? value[..64] : value;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid ImportId { get; private set; }

    public int LineNumber { get; private set; }

    /// <summary>The VIN as uploaded.</summary>
    public string Value { get; private set; }

    public string Reason { get; private set; }
}
