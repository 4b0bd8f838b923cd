using WorkflowDms.Web.Tests.Inbox;
using WorkflowDms.Web.Tests.Infrastructure;
using static WorkflowDms.Web.Tests.Inbox.DealerClaims;

namespace WorkflowDms.Web.Tests.Dashboard;

/// <summary>
/// A week of dealer network activity over the real API, day by day on the host's clock, so the dashboard has
/// something to draw: claims from D1001, D1002 and D2001 that the rules approve, return or reject or send to review,
/// reviews decided days later (time to decision) or left to go overdue, and orders, one of them credit-blocked.
/// It stays within the demo month, whose allocation quotas the orders need.
/// </summary>
internal static class DashboardHistory
{
    public sealed record Week(int Claims, int InReview, int BlockedOrders);

    public static async Task<Week> SeedAsync(WebAppHost host, CancellationToken ct)
    {
        using var d1001 = new DealerClaims(host, "D1001");
        using var d1002 = new DealerClaims(host, "D1002");
        using var d2001 = new DealerClaims(host, "D2001");
        var days = new (DealerClaims Dealer, Kind Kind)[][]
        {
            [(d1001, Kind.AutoApproved), (d1001, Kind.Review), (d1002, Kind.AutoApproved), (d2001, Kind.Returned)],
            [(d1001, Kind.AutoApproved), (d2001, Kind.Review), (d1002, Kind.Rejected)],
            [(d1001, Kind.Review), (d2001, Kind.AutoApproved), (d1001, Kind.Returned)],
            [(d1002, Kind.Review), (d1001, Kind.AutoApproved), (d2001, Kind.Rejected)],
            [(d1001, Kind.AutoApproved), (d1002, Kind.Returned)],
            [(d2001, Kind.Review), (d1001, Kind.AutoApproved)],
            [(d1002, Kind.AutoApproved), (d1001, Kind.Review)],
        };
        // Reviews decided later: the first on day 2, the second (rejected) on day 4, the third on day 6.
        var decisions = new Dictionary<int, (int Review, object Body)>
        {
            [2] = (0, new { decision = "approve", comment = "Converter failure confirmed" }),
            [4] = (1, new { decision = "reject", reasonCode = "NEW", comment = "Damage from improper operation" }),
            [6] = (2, new { decision = "approve" }),
        };

        var reviews = new List<Submitted>();
        Submitted? firstOrder = null;
        var claims = 0;
        var blocked = 0;
        for (var day = 0; day < days.Length; day++)
        {
            foreach (var (dealer, kind) in days[day])
            {
                var claim = await dealer.SubmitAsync(kind, $"WK{day}", ct);
                Assert.Equal(Expected(kind), claim.Status);
                claims++;
                if (kind == Kind.Review)
                {
                    reviews.Add(claim);
                }
            }

            switch (day)
            {
                case 0:
                    firstOrder = await d1001.SubmitOrderAsync("vehicle", "SEDAN-A", 1, "VO-WK0", ct);
                    break;
                case 2:
                    await d1001.SubmitOrderAsync("vehicle", "SEDAN-A", 1, "VO-WK2", ct);
                    break;
                case 3:
                    // The branch sales manager approves the first order three days after it came in.
                    using (var sales = await StaffApi.SignInAsync(host, "b11.sales@demo.local", ct))
                    {
                        await sales.PostAsync($"/api/v1/orders/{firstOrder!.Id}/approve", new { }, ct);
                    }

                    break;
                case 5:
                    var large = await d1001.SubmitOrderAsync("vehicle", "SEDAN-A", 3, "VO-WK5", ct);
                    Assert.Equal("CreditBlocked", large.Status);
                    blocked++;
                    break;
            }

            if (decisions.TryGetValue(day, out var decision))
            {
                // A fresh sign-in each time: the bearer token's lifetime runs on the host's (moving) clock.
                using var reviewer = await StaffApi.SignInAsync(host, "hq.reviewer@demo.local", ct);
                var task = await reviewer.TaskOfAsync(reviews[decision.Review].Id, ct);
                await reviewer.PostAsync($"/api/v1/tasks/{task}/complete", decision.Body, ct);
            }

            host.Clock.Advance(TimeSpan.FromHours(day == days.Length - 1 ? 3 : 23));
        }

        // Reviews still open: those of days 3, 5 and 6; due after 2 days, so the older ones are overdue by now.
        return new Week(claims, InReview: reviews.Count - decisions.Count, BlockedOrders: blocked);
    }

    private static string Expected(Kind kind) => kind switch
    {
        Kind.Review => "PendingReview",
        Kind.AutoApproved => "ApprovedForPayment",
        Kind.Returned => "ReturnedToDealer",
        _ => "Rejected",
    };
}
