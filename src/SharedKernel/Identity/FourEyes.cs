using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Identity;

/// <summary>The four-eyes rule: whoever approves a thing must not be whoever created it.</summary>
public static class FourEyes
{
    public static void EnsureApproverIsNotCreator(string createdBy, ICallerContext approver) =>
        EnsureApproverIsNotCreator(createdBy, approver.UserName);

    public static void EnsureApproverIsNotCreator(string createdBy, string approvedBy)
    {
        if (string.Equals(createdBy, approvedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException(new UserText("审批人不能是创建人（双人复核原则）", "approval must be given by someone other than the creator (four-eyes rule)"));
        }
    }
}
