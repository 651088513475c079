print("gigdesk")
