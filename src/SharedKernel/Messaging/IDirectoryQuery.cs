namespace EduRelief.SharedKernel.Messaging;

/// <summary>
/// A query that reads the county's organisation — townships, schools — which every signed-in user may read: it is
/// no one's personal data, so it needs an authenticated caller (or the system), not the right to read its module.
/// </summary>
public interface IDirectoryQuery<out TResponse> : IQuery<TResponse>;
