using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Access;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Access;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Application.Admin;

/// <summary>
/// Staff users and their role assignments. Assigning a role also gives the user the Identity role (so role
/// policies pass); the assignment's node says where it counts. Removing a user's last assignment of a group
/// removes the Identity role too. Grants reach the token at the user's next sign-in.
/// </summary>
public sealed partial class AdminService
{
    public async Task<IReadOnlyList<StaffUserView>> ListUsersAsync(Actor actor, CancellationToken cancellationToken)
    {
        var users = await reads.Users.AsNoTracking().Where(u => u.OrgPath.StartsWith(actor.OrgPath)).OrderBy(u => u.OrgPath).ThenBy(u => u.Email).ToListAsync(cancellationToken);
        var views = new List<StaffUserView>();
        foreach (var user in users.Where(u => AdminVisible(actor, u.OrgPath)))
        {
            views.Add(await UserViewAsync(reads, user, cancellationToken));
        }

        return views;
    }

    public async Task<StaffUserView> GetUserAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var user = await reads.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException("user", id);
        AdminAccess.EnsureVisible(actor, user.OrgPath, "user", id);
        return await UserViewAsync(reads, user, cancellationToken);
    }

    public Task<StaffUserView> CreateUserAsync(Actor actor, CreateStaffUserRequest request, CancellationToken cancellationToken)
    {
        AdminRequestValidators.Validate(AdminRequestValidators.CreateUser, request);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var node = await LoadNodeForChangeAsync(db, actor, request.OrgNodeId!.Value, "orgNodeId", ct);
            if (node.IsOutlet)
            {
                throw new BusinessRuleException("staff-at-dealer", "orgNodeId: staff users work at HQ, a region or a branch; dealers use API keys.");
            }

            var users = services.GetRequiredService<UserManager<AppUser>>();
            var email = request.Email!.Trim();
            if (await users.FindByEmailAsync(email) is not null)
            {
                throw new ConflictException("user-exists", $"email: a user with e-mail '{email}' already exists.");
            }

            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrgNodeId = node.Id, OrgPath = node.Path, DisplayName = request.DisplayName!.Trim() };
            Check(await users.CreateAsync(user, request.Password!), "password");
            await Audit(services).AppendAsync(actor, AuditAction.UserChanged, $"user:{user.Id}", user.OrgPath,
                new { change = "created", user.Email, node = node.Code }, ct);
            return await UserViewAsync(db, user, ct);
        }, cancellationToken);
    }

    public Task<StaffUserView> AssignRoleAsync(Actor actor, string userId, AssignRoleRequest request, CancellationToken cancellationToken)
    {
        AdminRequestValidators.Validate(AdminRequestValidators.AssignRole, request);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var user = await LoadUserForChangeAsync(db, actor, userId, ct);
            var node = await LoadNodeForChangeAsync(db, actor, request.OrgNodeId!.Value, "orgNodeId", ct);
            var group = request.Group!;
            if (await db.RoleAssignments.AnyAsync(a => a.UserId == user.Id && a.Group == group && a.OrgNodeId == node.Id, ct))
            {
                throw new ConflictException("role-already-assigned", $"The user already holds {group} at {node.Code}.");
            }

            var assignment = RoleAssignment.Create(Guid.NewGuid(), user.Id, user.OrgPath, group, node, actor.Name, clock.GetUtcNow().UtcDateTime);
            db.RoleAssignments.Add(assignment);
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(group))
            {
                Check(await roles.CreateAsync(new IdentityRole(group)), "group");
            }

            var users = services.GetRequiredService<UserManager<AppUser>>();
            if (!await users.IsInRoleAsync(user, group))
            {
                Check(await users.AddToRoleAsync(user, group), "group");
            }

            await Audit(services).AppendAsync(actor, AuditAction.UserChanged, $"user:{user.Id}", user.OrgPath,
                new { change = "role-assigned", user.Email, group, node = node.Code, path = node.Path }, ct);
            await db.SaveChangesAsync(ct);
            return await UserViewAsync(db, user, ct);
        }, cancellationToken);
    }

    public Task<StaffUserView> RemoveRoleAsync(Actor actor, string userId, Guid assignmentId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var user = await LoadUserForChangeAsync(db, actor, userId, ct);
            var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.UserId == user.Id, ct)
                ?? throw new NotFoundException("role assignment", assignmentId.ToString());
            AdminAccess.EnsureCanChange(actor, assignment.OrgPath, "role assignment", assignmentId);
            db.RoleAssignments.Remove(assignment);
            var others = await db.RoleAssignments.AnyAsync(a => a.UserId == user.Id && a.Group == assignment.Group && a.Id != assignment.Id, ct);
            var users = services.GetRequiredService<UserManager<AppUser>>();
            if (!others && await users.IsInRoleAsync(user, assignment.Group))
            {
                Check(await users.RemoveFromRoleAsync(user, assignment.Group), "group");
            }

            await Audit(services).AppendAsync(actor, AuditAction.UserChanged, $"user:{user.Id}", user.OrgPath,
                new { change = "role-removed", user.Email, assignment.Group, path = assignment.OrgPath }, ct);
            await db.SaveChangesAsync(ct);
            return await UserViewAsync(db, user, ct);
        }, cancellationToken);

    private static async Task<AppUser> LoadUserForChangeAsync(WorkflowDmsDbContext db, Actor actor, string userId, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException("user", userId);
        AdminAccess.EnsureCanChange(actor, user.OrgPath, "user", userId);
        return user;
    }

    private static async Task<StaffUserView> UserViewAsync(WorkflowDmsDbContext db, AppUser user, CancellationToken ct)
    {
        var grants = await AccessGrants.ForUserAsync(db, user.Id, user.OrgPath, ct);
        var assignments = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == user.Id).OrderBy(a => a.Group).ThenBy(a => a.OrgPath).ToListAsync(ct);
        return user.ToView(grants, [.. assignments.Select(a => a.ToView())]);
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new FluentValidation.ValidationException(result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(field, e.Description)));
        }
    }
}
