using System.Security.Claims;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Demo.InProcess;

/// <summary>
/// An officer of the demo county's relief office (资助中心, <see cref="Roles.CountyOfficer"/>), by whose hand the
/// generator enters the county. They act only inside this process, through the Host's own pipeline; they are not
/// accounts anyone can sign in with. Their names are what the audit log and every record's "by" show.
/// </summary>
internal sealed record DemoClerk(string UserName)
{
    /// <summary>Enters every record and creates the payment batches.</summary>
    public static readonly DemoClerk Clerk = new("demo-relief-clerk");

    /// <summary>The second pair of eyes: approves the clerk's batches.</summary>
    public static readonly DemoClerk Approver = new("demo-relief-approver");

    public ClaimsPrincipal Principal() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, UserName), new Claim(ClaimTypes.Role, Roles.CountyOfficer)],
        "EduRelief.Demo",
        ClaimTypes.Name,
        ClaimTypes.Role));
}
