"""A fictional Local Offer for "Northby", loaded on first run so that a newcomer sees a living
site. Every organisation, person, address and phone number in it is made up: phone numbers come
from Ofcom's ranges reserved for drama, web and email addresses use reserved example domains."""
