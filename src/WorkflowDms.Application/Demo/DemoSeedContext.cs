using Microsoft.AspNetCore.Identity;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Application.Demo;

/// <summary>What a seed step may use: the database, the seeded org nodes and dealers by code, and staff creation.</summary>
public sealed class DemoSeedContext(
    WorkflowDmsDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IReadOnlyDictionary<string, OrgNode> nodes,
    IReadOnlyDictionary<string, Dealer> dealers,
    DateTime now)
{
    public WorkflowDmsDbContext Db { get; } = db;

    public IReadOnlyDictionary<string, OrgNode> Nodes { get; } = nodes;

    public IReadOnlyDictionary<string, Dealer> Dealers { get; } = dealers;

    public DateTime Now { get; } = now;

    /// <summary>Creates a staff user (password <see cref="DemoSeeder.Password"/>) in a group at an org node.</summary>
    public async Task AddStaffAsync(string email, string group, string orgCode)
    {
        if (!await roles.RoleExistsAsync(group))
        {
            DemoSeeder.Check(await roles.CreateAsync(new IdentityRole(group)));
        }

        var node = Nodes[orgCode];
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrgNodeId = node.Id, OrgPath = node.Path, DisplayName = email.Split('@')[0] };
            DemoSeeder.Check(await users.CreateAsync(user, DemoSeeder.Password));
        }

        DemoSeeder.Check(await users.AddToRoleAsync(user, group));
    }
}
