from django.dispatch import Signal

# Sent when a visitor follows a listing's phone, email or website link, before they are
# redirected, with `service` (ServicePage), `kind` (ContactKind) and `request`; monitoring
# counts it without the directory knowing it.
contact_clicked = Signal()
