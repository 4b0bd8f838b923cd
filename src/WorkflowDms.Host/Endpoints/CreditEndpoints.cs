using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowDms.Application.Credit;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>
/// Dealer credit: accounts with exposure and free credit (dealers see their own, staff their subtree), the
/// postings ledger, ERP postings of invoices and payments (staff of erp-integration, credit-controllers or
/// credit-managers; idempotent by reference), manual block, and credit-limit requests.
/// </summary>
internal sealed class CreditEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var credit = api.MapGroup("/credit").WithTags("Credit").RequireAuthorization(Policies.Authenticated);

        credit.MapGet("/accounts", ListAsync).WithSummary("Credit accounts in the caller's scope with exposure and free credit");
        credit.MapGet("/accounts/{dealer}", GetAsync).WithSummary("One account by dealer code, dealer id or account id: limit, exposure broken down (C-01), free credit, open items");
        credit.MapGet("/accounts/{dealer}/postings", PostingsAsync).WithSummary("The account's exposure postings, oldest first");
        credit.MapPost("/accounts/{dealer}/block", BlockAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Block the account manually (C-10); every new order is credit-blocked").Accepts<CreditBlockRequest>("application/json")
            .Produces<CreditAccountView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        credit.MapPost("/accounts/{dealer}/unblock", UnblockAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Lift the manual block").Produces<CreditAccountView>().ProducesProblem(404).ProducesProblem(422);
        credit.MapPost("/accounts/{dealer}/limit-requests", RequestLimitAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Request a new limit, permanent or temporary until endsAt (C-15); a credit manager other than the requester decides")
            .Accepts<CreditLimitRequestBody>("application/json").Produces<CreditLimitRequestView>(StatusCodes.Status201Created)
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        credit.MapGet("/limit-requests/{id:guid}", GetLimitRequestAsync).WithSummary("Read a credit-limit request");
        credit.MapPost("/limit-requests/{id:guid}/approve", ApproveLimitAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Approve a limit request (four-eyes)").Produces<CreditLimitRequestView>().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        credit.MapPost("/limit-requests/{id:guid}/reject", RejectLimitAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("Reject a limit request (reasonCode required)").Produces<CreditLimitRequestView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        credit.MapPost("/invoices", PostInvoiceAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("ERP: post an invoice (open receivable); 201 when posted, 200 when the invoice number was posted before")
            .Accepts<InvoiceRequest>("application/json").Produces<PostingResult>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
        credit.MapPost("/payments", PostPaymentAsync).RequireAuthorization(Policies.Staff)
            .WithSummary("ERP: post a payment; 201 when posted, 200 when the reference was posted before")
            .Accepts<PaymentRequest>("application/json").Produces<PostingResult>(StatusCodes.Status201Created).ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
    }

    private static async Task<Ok<IReadOnlyList<CreditAccountView>>> ListAsync(HttpContext http, CreditService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAccountsAsync(http.Actor(), ct));

    private static async Task<Ok<CreditAccountView>> GetAsync(string dealer, HttpContext http, CreditService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAccountAsync(http.Actor(), dealer, ct));

    private static async Task<Ok<IReadOnlyList<CreditPostingView>>> PostingsAsync(string dealer, HttpContext http, CreditService service, CancellationToken ct) =>
        TypedResults.Ok(await service.PostingsAsync(http.Actor(), dealer, ct));

    private static async Task<Ok<CreditAccountView>> BlockAsync(string dealer, HttpContext http, CreditService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<CreditBlockRequest>(http.Request, ct);
        return TypedResults.Ok(await service.SetBlockAsync(http.Actor(), dealer, block: true, body.Reason, ct));
    }

    private static async Task<Ok<CreditAccountView>> UnblockAsync(string dealer, HttpContext http, CreditService service, CancellationToken ct) =>
        TypedResults.Ok(await service.SetBlockAsync(http.Actor(), dealer, block: false, null, ct));

    private static async Task<Created<CreditLimitRequestView>> RequestLimitAsync(string dealer, HttpContext http, CreditService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<CreditLimitRequestBody>(http.Request, ct);
        var request = await service.RequestLimitAsync(http.Actor(), dealer, body, ct);
        return TypedResults.Created($"/api/v1/credit/limit-requests/{request.Id}", request);
    }

    private static async Task<Ok<CreditLimitRequestView>> GetLimitRequestAsync(Guid id, HttpContext http, CreditService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetLimitRequestAsync(http.Actor(), id, ct));

    private static async Task<Ok<CreditLimitRequestView>> ApproveLimitAsync(Guid id, HttpContext http, CreditService service, CancellationToken ct)
    {
        var body = http.Request.ContentLength is null or 0 ? new CreditDecisionBody() : (await JsonBody.ReadAsync<CreditDecisionBody>(http.Request, ct)).Value;
        return TypedResults.Ok(await service.DecideLimitAsync(http.Actor(), id, "approve", body, ct));
    }

    private static async Task<Ok<CreditLimitRequestView>> RejectLimitAsync(Guid id, HttpContext http, CreditService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<CreditDecisionBody>(http.Request, ct);
        return TypedResults.Ok(await service.DecideLimitAsync(http.Actor(), id, "reject", body, ct));
    }

    private static async Task<IResult> PostInvoiceAsync(HttpContext http, CreditService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<InvoiceRequest>(http.Request, ct);
        var result = await service.PostInvoiceAsync(http.Actor(), body, ct);
        return result.Posted ? TypedResults.Created($"/api/v1/credit/accounts/{result.Account.DealerCode}", result) : TypedResults.Ok(result);
    }

    private static async Task<IResult> PostPaymentAsync(HttpContext http, CreditService service, CancellationToken ct)
    {
        var (body, _) = await JsonBody.ReadAsync<PaymentRequest>(http.Request, ct);
        var result = await service.PostPaymentAsync(http.Actor(), body, ct);
        return result.Posted ? TypedResults.Created($"/api/v1/credit/accounts/{result.Account.DealerCode}", result) : TypedResults.Ok(result);
    }
}
