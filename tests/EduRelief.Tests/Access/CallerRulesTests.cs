using System.Security.Claims;
using EduRelief.Modules.Access.Identity;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Http;

namespace EduRelief.Tests.Access;

/// <summary>Who may read and change what, as the signed-in user's roles and claims say.</summary>
public sealed class CallerRulesTests
{
    [Fact]
    public void Background_work_runs_as_the_system_and_may_do_everything()
    {
        var caller = new ClaimsCallerContext(new HttpContextAccessor(), new CircuitCaller());

        Assert.Equal("system", caller.UserName);
        Assert.True(caller.Scope.All);
        Assert.True(caller.CanWrite("Registry"));
        Assert.True(caller.CanSeeFullNationalIds);
    }

    [Fact]
    public void Nobody_signed_in_may_do_nothing()
    {
        var caller = Caller(new ClaimsIdentity());

        Assert.Equal("anonymous", caller.UserName);
        Assert.False(caller.CanRead("Registry"));
        Assert.False(caller.CanWrite("Registry"));
        Assert.False(caller.Scope.All);
    }

    [Fact]
    public void A_county_officer_reads_and_changes_all_data_but_not_accounts()
    {
        var caller = Caller(Signed("officer", Roles.CountyOfficer));

        Assert.True(caller.Scope.All);
        Assert.True(caller.CanWrite("Registry"));
        Assert.True(caller.CanWrite("Subsidies"));
        Assert.True(caller.CanSeeFullNationalIds);
        Assert.False(caller.CanRead("Access"));
        Assert.False(caller.CanWrite("Access"));
    }

    [Fact]
    public void An_administrator_manages_accounts_and_sees_no_student_data()
    {
        var caller = Caller(Signed("it", Roles.Admin));

        Assert.True(caller.CanWrite("Access"));
        Assert.False(caller.CanRead("Registry"));
        Assert.False(caller.CanWrite("Registry"));
    }

    [Fact]
    public void An_auditor_reads_everything_and_changes_nothing()
    {
        var caller = Caller(Signed("audit", Roles.Auditor));

        Assert.True(caller.CanRead("Registry"));
        Assert.True(caller.CanRead("Access"));
        Assert.False(caller.CanWrite("Registry"));
        Assert.False(caller.CanWrite("Access"));
        Assert.False(caller.CanSeeFullNationalIds);
    }

    [Fact]
    public void Module_staff_change_only_their_module()
    {
        var caller = Caller(Signed("subsidies", Roles.ModuleStaff, new Claim(EduReliefClaims.Module, "Subsidies")));

        Assert.True(caller.CanWrite("Subsidies"));
        Assert.False(caller.CanWrite("Registry"));
        Assert.True(caller.CanRead("Registry"));
        Assert.True(caller.Scope.All);
    }

    [Fact]
    public void Township_and_school_staff_see_only_their_townships_and_schools()
    {
        var caller = Caller(Signed(
            "both",
            [Roles.TownshipOfficer, Roles.SchoolStaff],
            new Claim(EduReliefClaims.Township, "T1"),
            new Claim(EduReliefClaims.School, "S9")));

        Assert.False(caller.Scope.All);
        Assert.True(caller.Scope.Includes("T1", "S1"));
        Assert.True(caller.Scope.Includes("T2", "S9"));
        Assert.False(caller.Scope.Includes("T2", "S2"));
        Assert.True(caller.CanWrite("Registry"));
        Assert.False(caller.CanWrite("Subsidies"));
        Assert.False(caller.CanSeeFullNationalIds);
    }

    [Fact]
    public void The_full_id_permission_unmasks_national_ids()
    {
        var caller = Caller(Signed(
            "school",
            Roles.SchoolStaff,
            new Claim(EduReliefClaims.School, "S1"),
            new Claim(EduReliefClaims.Permission, EduReliefClaims.ViewFullNationalIds)));

        Assert.True(caller.CanSeeFullNationalIds);
    }

    [Fact]
    public void The_approver_of_a_thing_must_not_be_its_creator()
    {
        var approver = Caller(Signed("li.ming", Roles.CountyOfficer));

        Assert.Throws<ForbiddenException>(() => FourEyes.EnsureApproverIsNotCreator("Li.Ming", approver));
        FourEyes.EnsureApproverIsNotCreator("wang.fang", approver);
    }

    [Fact]
    public void A_console_circuit_without_a_valid_sign_in_is_anonymous_never_the_system()
    {
        var circuit = new CircuitCaller();
        circuit.Enter(new ClaimsPrincipal(Signed("li.ming", Roles.CountyOfficer)));
        circuit.Leave();

        var caller = new ClaimsCallerContext(new HttpContextAccessor(), circuit);

        Assert.Equal("anonymous", caller.UserName);
        Assert.False(caller.IsAuthenticated);
        Assert.False(caller.CanRead("Registry"));
        Assert.False(caller.CanSeeFullNationalIds);
    }

    [Fact]
    public void A_console_circuit_acts_as_its_signed_in_user()
    {
        var circuit = new CircuitCaller();
        circuit.Enter(new ClaimsPrincipal(Signed("zhang.wei", Roles.TownshipOfficer, new Claim(EduReliefClaims.Township, "T01"))));

        var caller = new ClaimsCallerContext(new HttpContextAccessor(), circuit);

        Assert.Equal("zhang.wei", caller.UserName);
        Assert.Equal(["T01"], caller.Scope.TownshipCodes);
        Assert.False(caller.Scope.All);
    }

    private static ClaimsCallerContext Caller(ClaimsIdentity identity) =>
        new(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) } }, new CircuitCaller());

    private static ClaimsIdentity Signed(string name, string role, params Claim[] claims) => Signed(name, [role], claims);

    private static ClaimsIdentity Signed(string name, string[] roles, params Claim[] claims) =>
        new([new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r)), .. claims], "test", ClaimTypes.Name, ClaimTypes.Role);
}
