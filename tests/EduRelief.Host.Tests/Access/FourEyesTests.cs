using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Host.Tests.Access;

/// <summary>The four-eyes rule (no Host needed): whoever approves must not be whoever created.</summary>
public sealed class FourEyesTests
{
    private sealed class Caller(string userName) : ICallerContext
    {
        public string UserName { get; } = userName;

        public bool IsAuthenticated => true;

        public IReadOnlySet<string> Roles { get; } = new HashSet<string> { SharedKernel.Identity.Roles.CountyOfficer };

        public DataScope Scope => DataScope.Everything;

        public bool CanSeeFullNationalIds => true;

        public bool Has(string permission) => true;

        public bool CanRead(string module) => true;

        public bool CanWrite(string module) => true;
    }

    [Fact]
    public void Someone_other_than_the_creator_may_approve()
    {
        FourEyes.EnsureApproverIsNotCreator("officer-1", new Caller("officer-2"));
    }

    [Fact]
    public void The_creator_may_not_approve_their_own_work()
    {
        using var english = UserLanguage.Use(true);
        var refused = Assert.Throws<ForbiddenException>(() => FourEyes.EnsureApproverIsNotCreator("officer-1", new Caller("officer-1")));

        Assert.Contains("four-eyes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_is_in_chinese_outside_an_english_request()
    {
        var refused = Assert.Throws<ForbiddenException>(() => FourEyes.EnsureApproverIsNotCreator("officer-1", new Caller("officer-1")));

        Assert.Contains("双人复核", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_creator_spelled_in_other_capitals_is_still_the_creator()
    {
        Assert.Throws<ForbiddenException>(() => FourEyes.EnsureApproverIsNotCreator("Officer-1", new Caller("OFFICER-1")));
    }
}
