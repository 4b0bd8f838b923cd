namespace WorkflowDms.Domain.Catalog;

/// <summary>A catalogue fault (defect) code.</summary>
public class FaultCode
{
    private FaultCode()
    {
        Code = "";
        Description = "";
    }

    public FaultCode(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public string Code { get; private set; }

    public string Description { get; private set; }
}
