using EduRelief.SharedKernel.Errors;

namespace EduRelief.SharedKernel.Identity;

/// <summary>The four-eyes rule: whoever approves a thing must not be whoever created it.</summary>
public static class FourEyes
{
    public static void EnsureApproverIsNotCreator(string createdBy, ICallerContext approver)
    {
        if (string.Equals(createdBy, approver.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException("approval must be given by someone other than the creator (four-eyes rule)");
        }
    }
}
