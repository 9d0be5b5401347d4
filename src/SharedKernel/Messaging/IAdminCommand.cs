namespace EduRelief.SharedKernel.Messaging;

/// <summary>
/// A command only an Admin may send, whichever module's data it changes (unlocking a year reported to the county's
/// superiors): the right comes from the role, not from the module's write right, which an Admin does not hold.
/// </summary>
public interface IAdminCommand;
