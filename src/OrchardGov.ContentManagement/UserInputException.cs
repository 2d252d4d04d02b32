namespace OrchardGov.ContentManagement;

/// <summary>
/// A request that names something that does not exist or breaks a rule (an unknown site or feature, a
/// duplicate code). The message is for the person who made the request and says what to change.
/// </summary>
public class UserInputException(string message) : Exception(message);
