namespace WorkflowDms.Application.Orders;

/// <summary>Staff groups of the order and credit areas (Identity roles and BPMN candidate groups at once).</summary>
public static class OrderGroups
{
    /// <summary>Approve vehicle orders within the delegation-of-authority matrix; may enter orders for dealers; accept and ship.</summary>
    public const string SalesManagers = "sales-managers";

    /// <summary>The same for parts orders.</summary>
    public const string PartsManagers = "parts-managers";

    /// <summary>The level above the parts managers in the parts delegation-of-authority matrix (the returns area shares the group).</summary>
    public const string PartsSupervisors = "parts-supervisors";

    /// <summary>Decide credit-blocked orders up to <see cref="CreditControllerLimitMinor"/> (C-18); post invoices and payments.</summary>
    public const string CreditControllers = "credit-controllers";

    /// <summary>Decide every credit-blocked order and every credit-limit request; post invoices and payments.</summary>
    public const string CreditManagers = "credit-managers";

    /// <summary>The ERP's technical user: posts invoices and payments.</summary>
    public const string ErpIntegration = "erp-integration";

    /// <summary>C-18: credit decisions on orders above this (minor units) go to credit managers.</summary>
    public const long CreditControllerLimitMinor = 200_000_00;

    public static bool MayManageOrders(Application.Security.Actor actor) =>
        actor.IsInGroup(SalesManagers) || actor.IsInGroup(PartsManagers);

    public static bool MayPostReceivables(Application.Security.Actor actor) =>
        actor.IsInGroup(CreditControllers) || actor.IsInGroup(CreditManagers) || actor.IsInGroup(ErpIntegration);

    public static bool MayManageCredit(Application.Security.Actor actor) =>
        actor.IsInGroup(CreditControllers) || actor.IsInGroup(CreditManagers);
}
