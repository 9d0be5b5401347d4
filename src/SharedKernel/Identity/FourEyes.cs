using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Identity;

/// <summary>The four-eyes rule: whoever approves a thing must not be whoever created it.</summary>
public static class FourEyes
{
    public static void EnsureApproverIsNotCreator(string createdBy, ICallerContext approver)
    {
        if (string.Equals(createdBy, approver.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException(new UserText("审批人不能是创建人（双人复核原则）", "approval must be given by someone other than the creator (four-eyes rule)"));
        }
    }
}
