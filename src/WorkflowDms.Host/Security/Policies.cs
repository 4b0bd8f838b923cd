namespace WorkflowDms.Host.Security;

/// <summary>Authorisation policy names. Role checks say what a caller may do; org scope (in every query) says on what.</summary>
internal static class Policies
{
    public const string Dealer = "dealer";
    public const string Staff = "staff";
    public const string Admin = "admin";
    public const string Authenticated = "authenticated";

    /// <summary>The designer: staff in the analysts group, or admins.</summary>
    public const string Analyst = "analyst";
}
